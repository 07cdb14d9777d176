import uctypes


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(e.args))

buf = bytearray(range(12))
PT = {"x": uctypes.UINT8 | 0, "y": uctypes.UINT16 | 2}
D = {"pts": (uctypes.ARRAY | 0, 3, PT)}
s = uctypes.struct(uctypes.addressof(buf), D)
print(uctypes.sizeof(PT), uctypes.sizeof(D))
for i in range(3):
    p = s.pts[i]
    print(i, p.x, p.y)
s.pts[2].y = 0x4142
print(buf)
t(lambda: s.pts[3])
def assign():
    s.pts[0] = 1
t(assign)
grid = uctypes.struct(uctypes.addressof(buf), (uctypes.ARRAY | 0, 3, (uctypes.ARRAY | 0, uctypes.UINT8 | 4)))
print([[grid[r][c] for c in range(4)] for r in range(3)])
print(uctypes.sizeof(grid))
