def s32(v):
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v
def tdiv(a, b):
    if b == 0:
        return 0
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q
def smod(a, b):
    return a - tdiv(a, b) * b
def umod(a, b):
    return (a & 0xFFFFFFFF) % b
def sdiv0(a):
    return 0
def sdiv_min(a, b):
    return s32(tdiv(a, b))
def digits(a):
    a &= 0xFFFFFFFF
    n = 1
    while a >= 10:
        a //= 10
        n += 1
    return n
print(smod(17, 5), smod(-17, 5), smod(17, -5), smod(-17, -5), smod(0, 3))
print(umod(17, 5), umod(-1, 10), umod(0x80000000, 7), umod(12345678, 1000))
print(sdiv0(5), sdiv0(-5), sdiv_min(-0x80000000, -1), sdiv_min(-0x80000000, 2))
print([digits(v) for v in (0, 9, 10, 99999, 100000, -1)])
