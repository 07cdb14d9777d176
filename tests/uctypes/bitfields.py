import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(b"\xa5\x5a\xff\x00\x12\x34\x56\x78")
BF = uctypes.BF_POS
BL = uctypes.BF_LEN
D = {
    "lo": uctypes.BFUINT8 | 0 | 0 << BF | 4 << BL,
    "hi": uctypes.BFUINT8 | 0 | 4 << BF | 4 << BL,
    "mid": uctypes.BFUINT16 | 0 | 6 << BF | 6 << BL,
    "w": uctypes.BFUINT32 | 4 | 8 << BF | 16 << BL,
    "s": uctypes.BFINT8 | 2 | 1 << BF | 5 << BL,
    "s16": uctypes.BFINT16 | 0 | 4 << BF | 12 << BL,
}
for layout in (uctypes.NATIVE, uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    s = uctypes.struct(uctypes.addressof(buf), D, layout)
    print(layout, [(k, getattr(s, k)) for k in sorted(D)])
s = uctypes.struct(uctypes.addressof(buf), D)
s.lo = 3
s.hi = 0x1F
s.w = 0xABCDE
s.s = -1
print(buf)
s = uctypes.struct(uctypes.addressof(buf), D, uctypes.BIG_ENDIAN)
s.mid = 0x2A
s.s16 = -1
print(buf, s.mid, s.s16)
t(lambda: setattr(s, "lo", 2**40))
t(lambda: setattr(s, "lo", 1.0))
print(uctypes.sizeof(D), uctypes.sizeof(D, uctypes.BIG_ENDIAN))
