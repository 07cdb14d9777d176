import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(16)
D = {"f": uctypes.FLOAT32 | 0, "d": uctypes.FLOAT64 | 8}
for layout in (uctypes.NATIVE, uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    s = uctypes.struct(uctypes.addressof(buf), D, layout)
    s.f = 1.5
    s.d = -0.1
    print(buf, s.f, s.d)
    s.f = 3
    s.d = True
    print(s.f, s.d)
t(lambda: setattr(s, "f", "x"))
print(uctypes.sizeof(D), uctypes.sizeof({"x": uctypes.FLOAT64 | 1}), uctypes.sizeof({"x": uctypes.FLOAT32 | 1}))
