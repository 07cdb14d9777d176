import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(b"abcdefgh")
D = {"name": (uctypes.ARRAY | 2, uctypes.UINT8 | 4), "signed": (uctypes.ARRAY | 0, uctypes.INT8 | 2)}
for layout in (uctypes.NATIVE, uctypes.BIG_ENDIAN):
    s = uctypes.struct(uctypes.addressof(buf), D, layout)
    v = s.name
    print(v, type(v).__name__, type(s.signed).__name__, s.signed[1])
v[0] = ord("X")
v[3] = ord("Y")
print(buf)
print(uctypes.struct(uctypes.addressof(buf), (uctypes.ARRAY | 0, uctypes.UINT8 | 4))[3])
