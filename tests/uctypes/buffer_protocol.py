import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(range(10))
D = {"a": uctypes.UINT16 | 0, "b": uctypes.UINT32 | 4}
s = uctypes.struct(uctypes.addressof(buf) + 1, D)
print(bytes(s), len(bytes(s)))
m = memoryview(s)
print(len(m), m[0])
s2 = uctypes.struct(uctypes.addressof(buf), D, uctypes.LITTLE_ENDIAN)
print(bytes(s2))
import struct
print(struct.unpack("<HxxI", s2))
