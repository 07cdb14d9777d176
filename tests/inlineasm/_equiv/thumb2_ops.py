def const32():
    return 0x12345678
def wide_pair(a):
    return a + 0x1BEEF
def sdiv2(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q
def udiv2(a, b):
    return (a & 0xFFFFFFFF) // b
def clz1(a):
    a &= 0xFFFFFFFF
    n = 32
    while a:
        a >>= 1
        n -= 1
    return n
def rbit1(a):
    r = 0
    for i in range(32):
        if a & (1 << i):
            r |= 1 << (31 - i)
    return r
print(const32(), hex(const32()), wide_pair(1), wide_pair(-1))
print(sdiv2(7, 2), sdiv2(-7, 2), sdiv2(7, -2), sdiv2(100, 7), udiv2(1000, 7), udiv2(-1, 16))
print([clz1(v) for v in (0, 1, 2, 255, 0x10000, -1)])
print(rbit1(1), rbit1(0x80000000), hex(rbit1(0x0F)), rbit1(0))
