# micropython.RingIO: a ring of size n holds n bytes; reads, lines, readinto, partial writes.
from micropython import RingIO

r = RingIO(8)
print(r, type(r).__name__)
print(r.any(), r.write(b"hello"), r.any())
print(r.read(2), r.any())
print(r.write(b"0123456789"), r.any())
print(r.read())
print(r.read(), r.read(3), r.readline())
print(r.write(b"ab\ncd\nef"), r.readline(), r.readline(2), r.readline())
print(r.read(), r.any())
b = bytearray(4)
r.write(b"xyz")
print(r.readinto(b), b)
r.write(b"123456")
print(r.readinto(b, 2), b)
print(r.read(100))
print(r.write("str"), r.read(-1))
print(r.write(b"abcdef", 2), r.read())
print(r.write(b"abcdef", 2, 3), r.read())
print(r.write(b"abcdef", 10, 3), r.read())
print(r.close(), r.write(b"a"), r.read())
# A writable buffer is used in place: it holds one byte less than its length.
ba = bytearray(5)
r2 = RingIO(ba)
print(r2.write(b"abcdefg"), r2.read(), ba)
import array

r3 = RingIO(array.array("h", [0, 0]))
print(r3.write(b"xyz"), r3.read())
r4 = RingIO(memoryview(bytearray(4)))
print(r4.write(b"xyzw"), r4.read())
print(RingIO(1).write(b"ab"), RingIO(True).write(b"ab"))
# Wrapping around many times.
r5 = RingIO(3)
out = []
for i in range(10):
    r5.write(bytes([48 + i, 65 + i]))
    out.append(r5.read(2))
print(b"".join(out))
