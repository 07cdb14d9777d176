# oracle: unix
# (the WebAssembly build's binascii is a different, Python implementation)
import array
import binascii

print(binascii.hexlify(b""))
print(binascii.hexlify(b"\x00\x01\x7f\x80\xff"))
print(binascii.hexlify(bytes(range(32))))
print(binascii.hexlify(bytearray(b"az")))
print(binascii.hexlify(memoryview(b"hello")[1:4]))
print(binascii.hexlify("abc"))
print(binascii.hexlify("é€"))
print(binascii.hexlify(array.array("h", [1, -2])))
print(binascii.hexlify(array.array("B", [255, 0, 16])))
print(type(binascii.hexlify(b"x")))
