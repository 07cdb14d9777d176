def add3(a, b, c):
    return a + b + c
def sub_const(a):
    return a - 207
def neg_mul(a, b):
    return -(a * b)
def const_only():
    return 256
print(add3(1, 2, 3), add3(100, -50, 7), add3(0, 0, 0))
print(sub_const(1000), sub_const(0), sub_const(207))
print(neg_mul(6, 7), neg_mul(-3, 1000), neg_mul(0, 5))
print(const_only())
