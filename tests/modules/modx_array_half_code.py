# array: the 'e' typecode, which MicroPython's array accessors do not handle (struct does): items
# read as 0, stores need an int and write nothing; its size is still 2
from array import array
import struct
a = array("e", [1, -1, 65535, 32768, 2**20])
print(a, bytes(a), len(a))
a.append(7)
a[0] = -2
print(a[0], a[-1], list(a))
b = array("e", b"\x00\x3c\x00\x40")
print(b, list(b), bytes(b), len(b))
for v in (1.5, "1", None, True):
    try:
        a.append(v)
        print(repr(v), "ok", len(a))
    except Exception as e:
        print(repr(v), type(e).__name__, e)
print(struct.unpack("<2e", bytes(b)), struct.calcsize("e"), array("e") == array("e"))
c = array("e", [5])
c.extend(b"\x00\x3c")
print(c, len(c), bytes(c))
