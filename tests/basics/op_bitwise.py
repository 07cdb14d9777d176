vals = [0, 1, 5, -1, -6, 255, 1 << 40]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ 0x33, a << 3, a >> 1)
print(-1 >> 10, -256 >> 4, 1 << 70, (1 << 70) >> 69)
print(0xFFFF_FFFF & -0x100, 0x7FFF_FFFF | (1 << 31))
