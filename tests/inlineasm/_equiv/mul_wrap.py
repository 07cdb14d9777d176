def s32(v):
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v
def mul2(a, b):
    return s32(a * b)
def cube(a):
    return s32(a * a * a)
def mul_u(a, b):
    return (a * b) & 0xFFFFFFFF
def lcg(x, n):
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
    return s32(x)
print(mul2(65536, 65536), mul2(65535, 65537), mul2(-3, 7), mul2(0x10000, 0x8000), mul2(46341, 46341))
print([cube(v) for v in (0, 3, -5, 1290, 1291, 2000)])
print(mul_u(-1, -1), mul_u(0xFFFF, 0xFFFF), mul_u(0x80000001, 3))
print([lcg(1, n) for n in range(6)], lcg(42, 100))
