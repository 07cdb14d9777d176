from array import array
def to_float_scaled(a, out, n, d):
    for i in range(n):
        out[i] = a[i] / d
def to_int(a, out, n):
    for i in range(n):
        out[i] = int(a[i])
    return sum(out[:n])
def sqrt_all(a, n):
    for i in range(n):
        a[i] = a[i] ** 0.5
def horner(c, n, x):
    acc = array("f", [c[0]])
    for i in range(1, n):
        acc[0] = acc[0] * x[0]
        acc[0] = acc[0] + c[i]
    x[0] = acc[0]
ints = array("i", [1, 2, 3, -4, 10, 1000])
fl = array("f", [0.0] * 6)
to_float_scaled(ints, fl, 6, 4)
print(list(fl))
back = array("i", [0] * 6)
src = array("f", [1.9, -1.9, 2.5, -0.5, 1e6, 123.999])
print(to_int(src, back, 6), list(back))
sq = array("f", [0.0, 1.0, 4.0, 6.25, 1e4, 0.0625])
sqrt_all(sq, len(sq))
print(list(sq))
x = array("f", [2.0])
horner(array("f", [1.0, -3.0, 0.5, 4.0]), 4, x)
y = array("f", [-1.5])
horner(array("f", [2.0, 0.0, -1.0]), 3, y)
print(x[0], y[0])
