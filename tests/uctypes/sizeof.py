import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

U8 = uctypes.UINT8
print(uctypes.sizeof({}))
print(uctypes.sizeof({"a": U8 | 0, "b": uctypes.UINT32 | 1}))
print(uctypes.sizeof({"a": U8 | 0, "b": uctypes.UINT32 | 1}, uctypes.LITTLE_ENDIAN))
print(uctypes.sizeof({"a": uctypes.UINT64 | 1}), uctypes.sizeof({"a": uctypes.UINT64 | 1}, 0))
print(uctypes.sizeof({"a": (uctypes.PTR | 0, U8)}), uctypes.sizeof({"a": (uctypes.PTR | 1, U8)}, 1))
print(uctypes.sizeof((uctypes.ARRAY | 0, 3, {"a": uctypes.UINT16, "b": U8 | 2})))
print(uctypes.sizeof((uctypes.ARRAY | 0, 3, {"a": uctypes.UINT16, "b": U8 | 2}), uctypes.BIG_ENDIAN))
print(uctypes.sizeof({"a": (uctypes.ARRAY | 4, U8 | 3)}), uctypes.sizeof({"a": (uctypes.ARRAY | 4, uctypes.UINT16 | 3)}, 0))
print(uctypes.sizeof((0, {"a": uctypes.UINT32})), uctypes.sizeof({"a": -1}))
print(uctypes.sizeof(bytearray(5)), uctypes.sizeof(uctypes.struct(0, {"a": U8})))
print(uctypes.sizeof({"a": uctypes.VOID}), uctypes.sizeof({"a": uctypes.BFUINT32 | 1 | 4 << 17 | 4 << 22}))
