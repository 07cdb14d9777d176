import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(range(16))
D = {"b": (uctypes.ARRAY | 0, uctypes.UINT8 | 4), "h": (uctypes.ARRAY | 4, uctypes.UINT16 | 3), "i8": (uctypes.ARRAY | 10, uctypes.INT8 | 2), "l": (uctypes.ARRAY | 12, uctypes.UINT32 | 1)}
s = uctypes.struct(uctypes.addressof(buf), D)
print(s.b, type(s.b))
print([s.h[i] for i in range(3)], s.i8[0], s.i8[1], s.l[0])
s.b[1] = 0xAA
s.h[2] = 0xBEEF
s.i8[1] = -3
print(buf)
t(lambda: s.h[3])
t(lambda: s.h[True])
t(lambda: s.h[1.0])
t(lambda: s.h[None])
t(lambda: s.h["a"])
t(lambda: len(s.h))
t(lambda: s.h.x)
print(s.h[-1], s.h[-2])
sb = uctypes.struct(uctypes.addressof(buf), D, uctypes.BIG_ENDIAN)
print([sb.h[i] for i in range(3)], sb.l[0], sb.b)
sb.h[0] = 0x0102
print(buf[4:6])
print(uctypes.sizeof(D), uctypes.sizeof(s.h), uctypes.sizeof(s.l))
