import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x08\xf9\xfa\xfb\xfc\xfd\xfe\xff\x80")
D = {"u8": uctypes.UINT8 | 0, "i8": uctypes.INT8 | 8, "u16": uctypes.UINT16 | 2, "i16": uctypes.INT16 | 10,
     "u32": uctypes.UINT32 | 4, "i32": uctypes.INT32 | 12, "u64": uctypes.UINT64 | 0, "i64": uctypes.INT64 | 8, "odd": uctypes.UINT16 | 1}
s = uctypes.struct(uctypes.addressof(buf), D)
for k in sorted(D):
    print(k, getattr(s, k))
