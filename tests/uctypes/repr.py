import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

print(uctypes.struct(0, {}))
print(uctypes.struct(255, {}))
print(repr(uctypes.struct(-1, {})))
print(uctypes.struct(2**40 + 16, {}))
print(uctypes.struct(0x1000, (uctypes.ARRAY | 0, uctypes.UINT8 | 2)))
print(uctypes.struct(0x1000, (uctypes.PTR | 0, uctypes.UINT8)))
print(uctypes.struct(0x1000, (0, {})))
print(uctypes.struct(0x1000, 5), uctypes.struct(0x1000, [1]))
print(type(uctypes.struct(0, {})), bool(uctypes.struct(0, {})))
print(uctypes.struct(0, {}) == uctypes.struct(0, {}))
