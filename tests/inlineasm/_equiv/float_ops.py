def fsum_scaled(a, b, c):
    return (a + b) * c
def fdiv(a, b):
    return int(a / b)
def isqrt(a):
    return int(a ** 0.5)
def fneg_sub(a, b):
    return -(a - b)
print(fsum_scaled(1, 2, 3), fsum_scaled(-10, 4, 5), fsum_scaled(1000, 24, 1000))
print(fdiv(7, 2), fdiv(-7, 2), fdiv(100, 3), fdiv(1, 3))
print([isqrt(v) for v in (0, 1, 2, 15, 16, 99, 10000)])
print(fneg_sub(5, 3), fneg_sub(3, 5))
