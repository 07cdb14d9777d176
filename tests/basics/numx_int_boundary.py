# ints around the small-int / long-int boundaries (2**30, 2**31, 2**62, 2**63, 2**64)
edges = []
for p in (30, 31, 32, 53, 62, 63, 64):
    for d in (-1, 0, 1):
        edges.append(2**p + d)
        edges.append(-(2**p) + d)
for x in edges:
    print(x, type(x).__name__, -x, abs(x), x + 1, x - 1, x * 2, x // 3, x % 7)
for x in edges[:8]:
    for y in edges[::5]:
        print(x, y, x + y, x - y, x * y, x == y, x < y, x >= y)
# results that cross the boundary in both directions
a = 2**62
print(a - a, (a + a) - a - a, a // a, a % a, (a * a) // a == a)
print(2**31 * 2**31 == 2**62, (2**63 - 1) + 1 == 2**63, -(2**63) - 1)
print(0x3FFFFFFF + 1, 0x7FFFFFFF + 1, 0xFFFFFFFF + 1, 0x7FFFFFFFFFFFFFFF + 1)
print(-0x40000000 - 1, -0x80000000 - 1, -0x8000000000000000 - 1)
