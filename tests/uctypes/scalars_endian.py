import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x88\xf9\xfa\xfb\xfc\xfd\xfe\xff\x80")
D = {"u16": uctypes.UINT16 | 1, "i16": uctypes.INT16 | 14, "u32": uctypes.UINT32 | 3, "i32": uctypes.INT32 | 12,
     "u64": uctypes.UINT64 | 0, "i64": uctypes.INT64 | 8}
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE):
    s = uctypes.struct(uctypes.addressof(buf), D, layout)
    print(layout, [(k, getattr(s, k)) for k in sorted(D)])
s = uctypes.struct(uctypes.addressof(buf), D, 7)
print(s.u16, s.i32)
