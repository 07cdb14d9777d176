def s32(v):
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v
def add_wrap(a, b):
    return s32(a + b)
def sub_wrap(a, b):
    return s32(a - b)
def add_wrap_u(a, b):
    return (a + b) & 0xFFFFFFFF
def double4(a):
    return s32(a * 16)
print(add_wrap(0x7FFFFFFF, 1), add_wrap(0x40000000, 0x40000000), add_wrap(-1, 1), add_wrap(5, -9))
print(sub_wrap(-0x80000000, 1), sub_wrap(0, 1), sub_wrap(100, 30), sub_wrap(-2, 0x7FFFFFFF))
print(add_wrap_u(0xFFFFFFFF, 2), add_wrap_u(-1, 0), add_wrap_u(0x80000000, 0x80000000))
print([double4(v) for v in (1, -1, 0x08000000, 0x0FFFFFFF, 0x10000000, 123456789)])
