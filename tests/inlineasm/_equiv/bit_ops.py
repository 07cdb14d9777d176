M = 0xFFFFFFFF
def mix(a, b):
    return ((((a ^ b) << 2) | (a & b)) & M)
def shifts(a):
    a &= M
    s = a - (1 << 32) if a & 0x80000000 else a
    return ((a >> 4) ^ (s >> 4)) & M
def not_bic(a, b):
    return (~a & ~b) & M
def ror8(a):
    return ((a >> 8) | (a << 24)) & M
print(mix(0b1100, 0b1010), mix(255, 15), mix(0x80000000, 1))
print(shifts(0x12345678), shifts(-256), shifts(1))
print(hex(not_bic(0, 0xff)), hex(not_bic(0x0f0f0f0f, 0xf0)), not_bic(-1, 0))
print(hex(ror8(0x12345678)), hex(ror8(0xff)))
