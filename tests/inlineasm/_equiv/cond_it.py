def max2(a, b):
    return max(a, b)
def min2(a, b):
    return min(a, b)
def abs1(a):
    return abs(a)
def sign(a):
    return (a > 0) - (a < 0)
print(max2(3, 9), max2(9, 3), max2(-5, -6), max2(7, 7))
print(min2(3, 9), min2(9, 3), min2(-5, -6))
print([abs1(v) for v in (-7, 0, 7, -100000)])
print([sign(v) for v in (-7, 0, 7, -100000, 5)])
