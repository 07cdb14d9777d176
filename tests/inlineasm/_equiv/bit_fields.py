def extract(v, s, w):
    return ((v & 0xFFFFFFFF) >> s) & ((1 << w) - 1)
def insert(v, f, p, w):
    m = ((1 << w) - 1) << p
    return ((v & ~m) | ((f << p) & m)) & 0xFFFFFFFF
def rgb565(r, g, b):
    return ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3)
def sign_extend12(v):
    v &= 0xFFF
    return v - 0x1000 if v & 0x800 else v
print([hex(extract(0x12345678, s, 8)) for s in (0, 4, 8, 24)], extract(-1, 3, 5), extract(0xF0, 4, 1))
print(hex(insert(0, 0xAB, 8, 8)), hex(insert(-1, 0, 4, 4)), hex(insert(0x12345678, 0x3F, 28, 4)))
print([hex(rgb565(*c)) for c in ((255, 255, 255), (255, 0, 0), (0, 255, 0), (0, 0, 255), (12, 34, 56))])
print([sign_extend12(v) for v in (0, 0x7FF, 0x800, 0xFFF, 0x1234, 5)])
