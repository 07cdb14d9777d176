# oracle: unix
import binascii

for d in (b"", b"a", b"ab", b"abc", b"abcd", b"hello world", bytes(range(256)), b"\xff" * 10):
    print(binascii.b2a_base64(d), binascii.b2a_base64(d, newline=False))
print(binascii.b2a_base64("héllo"))
print(binascii.b2a_base64(bytearray(b"xyz")))
print(binascii.b2a_base64(memoryview(b"abcdef")[1:5]))
import array

print(binascii.b2a_base64(array.array("h", [1, -2])))
