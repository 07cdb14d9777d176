# array: iterators see appends and shrinking (they read the live length), self-extension,
# slice assignment that grows, shrinks, inserts at the ends and copies from itself
from array import array
import struct
a = array("h", [1, 2, 3])
it = iter(a)
print(next(it))
a.append(4)
print(list(it))
b = array("h", [1, 2])
b += b
print(b)
b.extend(b)
print(b)
c = array("b", [1, 2, 3])
it = iter(c)
next(it)
c[1:] = array("b")
print(list(it), c)
e = array("B", [1, 2, 3, 4])
e[1:3] = e
print(e)
f = array("B", range(10))
f[2:8] = f[0:2]
print(f, len(f))
f[5:] = b""
print(f)
f[:0] = b"\x09\x08"
print(f)
f[100:] = b"\x07"
print(f)
f[-100:1] = b""
print(f)
print(array("b", range(5))[-2:], array("q", [2**62])[0:1])
print(struct.pack("<%dB" % len(f), *f))
g = array("I")
for i in range(100):
    g.append(i * i)
print(len(g), g[99], sum(g), bytes(g)[-4:])
