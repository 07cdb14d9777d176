import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(b"\xff\xff\xff\xff")
BF = uctypes.BF_POS
BL = uctypes.BF_LEN
s = uctypes.struct(uctypes.addressof(buf), {"a": uctypes.BFUINT32 | 0 | 0 << BF | 31 << BL, "z": uctypes.BFUINT32 | 0 | 3 << BF | 0 << BL, "t": uctypes.BFUINT32 | 0 | 31 << BF | 1 << BL})
print(s.a, s.z, s.t)
s.t = 0
print(buf, s.a)
s.a = 0
s.t = 5
print(buf, s.a, s.t)
