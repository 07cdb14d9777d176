# io.BytesIO: initial buffers of every kind, read/readinto/readline edges, write into the middle
# and past the end (zero gap), seek whence, getvalue/close, writes of buffers
import io
from array import array
for init in (b"", b"abc", bytearray(b"xy"), memoryview(b"mv"), array("h", [1]), 4):
    try:
        b = io.BytesIO(init)
        print(type(init).__name__, repr(b.getvalue()), b.tell())
    except Exception as e:
        print(type(init).__name__, type(e).__name__, e)
b = io.BytesIO(b"0123456789")
print(b.read(2), b.read(0), b.read(-1), b.read(), b.tell())
b.seek(3)
buf = bytearray(4)
print(b.readinto(buf), buf, b.tell())
mv = memoryview(bytearray(10))
print(b.readinto(mv), bytes(mv[:4]))
print(b.readinto(bytearray(0)))
b.seek(12)
print(b.write(b"Z"), repr(b.getvalue()))
b.seek(1)
print(b.write(bytearray(b"ab")), b.write(memoryview(b"c")), b.write(array("b", [100])), repr(b.getvalue()))
for args in ((0, 2), (-2, 2), (1, 1), (-1, 0), (0, 5)):
    try:
        print(args, b.seek(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
c = io.BytesIO(b"l1\nl2\r\nl3")
print(c.readline(), c.readline(1), c.readline(), c.readline(), c.readline())
c.seek(0)
print(list(c) if hasattr(c, "__iter__") else "noiter", c.readlines() if hasattr(c, "readlines") else "")
for bad in ("str", 5, None):
    try:
        c.write(bad)
    except Exception as e:
        print(type(e).__name__, e)
c.close()
for f in (c.getvalue, c.read, c.tell):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(io.BytesIO(b"x").flush(), hasattr(io.BytesIO, "readable"))
