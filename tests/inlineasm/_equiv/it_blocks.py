M = 0xFFFFFFFF
def umax(a, b):
    return max(a & M, b & M)
def clamp(v, lo, hi):
    return min(max(v, lo), hi)
def sort2(a, b):
    return min(a, b) * 1000 + max(a, b)
def classify(v):
    return 1 if v > 0 else (2 if v == 0 else 3)
def hi_ls(a, b):
    return 15 if (a & M) > (b & M) else 27
print(umax(3, 5), umax(5, 3), umax(-1, 5), umax(5, -1), umax(0, 0))
print([clamp(v, -10, 10) for v in (-100, -10, -3, 0, 9, 10, 11, 5000)])
print(sort2(3, 7), sort2(7, 3), sort2(4, 4), sort2(-2, 1))
print([classify(v) for v in (5, 0, -5, 0x7FFFFFFF, -0x80000000)])
print(hi_ls(5, 3), hi_ls(3, 5), hi_ls(3, 3), hi_ls(-1, 1), hi_ls(1, -1))
