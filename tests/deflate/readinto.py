# readinto() fills bytearrays, writable memoryviews and arrays; n limits it.
import deflate, io, array

Z = b"x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]"
d = deflate.DeflateIO(io.BytesIO(Z))
b = bytearray(4)
print(d.readinto(b), b)
print(d.readinto(b, 2), b)
print(d.readinto(b, -1), b)
m = memoryview(bytearray(3))
print(d.readinto(m), bytes(m))
a = array.array("b", [0, 0, 0])
print(d.readinto(a), a)
print(d.readinto(bytearray(10)))
for bad in (b"abc", "abc", memoryview(b"abc"), 5):
    try:
        d.readinto(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
