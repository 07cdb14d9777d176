from array import array
def s32(v):
    return v - (1 << 32) if v & 0x80000000 else v
def smax(a, n):
    return max(s32(v & 0xFFFFFFFF) for v in a[:n])
def umax(a, n):
    return max(v & 0xFFFFFFFF for v in a[:n])
def smin_index(a, n):
    vals = [s32(v & 0xFFFFFFFF) for v in a[:n]]
    return vals.index(min(vals))
a = array("i", [3, -7, 100, 42, -100000, 99, 7])
print(smax(a, len(a)), smax(a, 1), smax(a, 2), umax(a, len(a)), umax(a, 1))
print(smin_index(a, len(a)), smin_index(a, 4), smin_index(a, 1))
u = array("I", [1, 0xFFFFFFF0, 5, 0x80000000])
print(umax(u, 4), smax(u, 4), smin_index(u, 4))
