import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(24)
D = {"a": uctypes.UINT8 | 0, "b": uctypes.INT8 | 1, "c": uctypes.UINT16 | 2, "d": uctypes.INT32 | 4, "e": uctypes.UINT64 | 8, "f": uctypes.INT64 | 16}
for layout in (uctypes.NATIVE, uctypes.BIG_ENDIAN):
    s = uctypes.struct(uctypes.addressof(buf), D, layout)
    s.a = 300
    s.b = -5
    s.c = 0x12345
    s.d = -2
    s.e = 2**64 + 7
    s.f = -(2**40)
    print(buf)
    print(s.a, s.b, s.c, s.d, s.e, s.f)
    s.d = 2**40 + 9
    s.b = True
    print(s.d, s.b)
t(lambda: setattr(s, "a", 1.5))
t(lambda: setattr(s, "a", "x"))
t(lambda: setattr(s, "e", None))
