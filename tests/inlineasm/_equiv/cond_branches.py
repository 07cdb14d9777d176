M = 0xFFFFFFFF
def flags(a, b):
    ua, ub = a & M, b & M
    r = (ua - ub) & M
    n = r >> 31
    z = r == 0
    c = ua >= ub
    sa = ua - (1 << 32) if ua >> 31 else ua
    sb = ub - (1 << 32) if ub >> 31 else ub
    d = sa - sb
    v = d < -(1 << 31) or d >= (1 << 31)
    return n, z, c, v
def conds(a, b):
    n, z, c, v = flags(a, b)
    r = 0
    # bit i is set when branch i (ne eq cc cs pl mi vc vs ls hi lt ge le gt) was NOT taken
    if z: r += 1
    if not z: r += 2
    if c: r += 4
    if not c: r += 8
    if n: r += 16
    if not n: r += 32
    if v: r += 64
    if not v: r += 128
    if c and not z: r += 256
    if not c or z: r += 512
    if n == v: r += 1024
    if n != v: r += 2048
    if not z and n == v: r += 4096
    if z or n != v: r += 8192
    return r
pairs = [(0, 0), (1, 2), (2, 1), (-1, 1), (1, -1), (0x7FFFFFFF, -1), (-0x80000000, 1), (-5, -5)]
for a, b in pairs:
    print(a, b, bin(conds(a, b)))
