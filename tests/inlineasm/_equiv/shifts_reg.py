M = 0xFFFFFFFF
def s32(v):
    v &= M
    return v - (1 << 32) if v & 0x80000000 else v
def lsl_r(v, n):
    n &= 255
    return (v << n) & M if n < 32 else 0
def lsr_r(v, n):
    n &= 255
    return (v & M) >> n if n < 32 else 0
def asr_r(v, n):
    n &= 255
    return s32(v) >> min(n, 31)
def ror_r(v, n):
    n = (n & 255) % 32
    v &= M
    return ((v >> n) | (v << (32 - n))) & M
def asr_imm(v):
    return s32(v) >> 31
V = 0x80000001
print([lsl_r(V, n) for n in (0, 1, 31, 32, 33, 255, 256, 257)])
print([lsr_r(V, n) for n in (0, 1, 31, 32, 33, 256, 257)])
print([asr_r(V, n) for n in (0, 1, 31, 32, 100, 256)], [asr_r(0x40000000, n) for n in (1, 30, 31, 40)])
print([hex(ror_r(0x12345678, n)) for n in (0, 4, 32, 36, 256, 260)])
print(asr_imm(-5), asr_imm(5), asr_imm(0))
