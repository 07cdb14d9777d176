# oracle: unix
import array
import binascii

print(binascii.crc32(b""))
print(binascii.crc32(b"hello"))
print(binascii.crc32(b"123456789"))
print(binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
print(binascii.crc32(bytes(range(256))))
print(binascii.crc32(b"\x00" * 1000))
print(binascii.crc32(b"a" * 1000, 0xFFFFFFFF))
print(binascii.crc32("héllo"))
print(binascii.crc32(bytearray(b"hello")), binascii.crc32(memoryview(b"xhello")[1:]))
print(binascii.crc32(array.array("h", [1, -2])))
# continuing a CRC over pieces gives the CRC of the whole
c = 0
for piece in (b"The quick ", b"brown fox ", b"", b"jumps over the lazy dog"):
    c = binascii.crc32(piece, c)
print(c, c == binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
