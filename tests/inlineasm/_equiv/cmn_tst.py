M = 0xFFFFFFFF
def is_neg_of(a, b):
    return (a + b) & M == 0
def any_common(a, b):
    return (a & b) & M != 0
def add_carries(a, b):
    return (a & M) + (b & M) > M
def in_range(v):
    return 10 <= v <= 200
print(is_neg_of(5, -5), is_neg_of(5, 5), is_neg_of(0, 0), is_neg_of(-0x80000000, -0x80000000))
print(any_common(0b1010, 0b0101), any_common(0b1010, 0b0010), any_common(-1, 0x80000000))
print(add_carries(0xFFFFFFFF, 1), add_carries(0x7FFFFFFF, 1), add_carries(-1, -1), add_carries(0, 0))
print([v for v in range(-5, 260, 5) if in_range(v)][:4], [in_range(v) for v in (9, 10, 200, 201, -1)])
