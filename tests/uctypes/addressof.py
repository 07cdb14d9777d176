import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

import array

buf = bytearray(16)
a = uctypes.addressof(buf)
print(type(a))
print(uctypes.addressof(memoryview(buf)[4:]) - a, uctypes.addressof(memoryview(buf)) == a)
arr = array.array("i", [1, 2, 3])
print(uctypes.addressof(memoryview(arr)[1:]) - uctypes.addressof(arr))
print(uctypes.addressof(b"abc") != uctypes.addressof(b"abd"))
s = uctypes.struct(a + 4, {"x": uctypes.UINT8})
print(uctypes.addressof(s) - a)
t(lambda: uctypes.addressof(1))
t(lambda: uctypes.addressof(None))
t(lambda: uctypes.addressof())
t(lambda: uctypes.addressof(buf, 1))
