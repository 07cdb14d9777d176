def clz(v):
    v &= 0xFFFFFFFF
    n = 32
    while v:
        v >>= 1
        n -= 1
    return n
def log2(v):
    return 31 - clz(v)
def next_pow2(v):
    s = 32 - clz(v - 1)
    return (1 << s) & 0xFFFFFFFF if s < 32 else 0
def rev8(v):
    r = 0
    for i in range(8):
        if v & (1 << i):
            r |= 1 << (7 - i)
    return r
def ctz(v):
    v &= 0xFFFFFFFF
    if v == 0:
        return 32
    n = 0
    while not v & 1:
        v >>= 1
        n += 1
    return n
print([log2(v) for v in (1, 2, 3, 4, 1000, 65536, 0x7FFFFFFF, -1, 0)])
print([next_pow2(v) for v in (2, 3, 5, 17, 1000, 65537, 0x40000001)])
print([rev8(v) for v in (1, 0x80, 0x0F, 0xA5, 0x12, 0xFF)])
print([ctz(v) for v in (1, 2, 12, 0x80000000, 0, 0x10000, 96)])
