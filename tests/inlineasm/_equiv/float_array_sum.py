from array import array
def fsum(x, n, out):
    s = array("f", [0.0])
    for i in range(n):
        s[0] = s[0] + x[i]
    out[0] = s[0]
    return n
def dot(x, y, n, out):
    s = array("f", [0.0])
    t = array("f", [0.0])
    for i in range(n):
        t[0] = x[i] * y[i]
        s[0] = s[0] + t[0]
    out[0] = s[0]
def axpy(x, y, a, n):
    t = array("f", [0.0])
    for i in range(n):
        t[0] = x[i] * a[0]
        y[i] = y[i] + t[0]
out = array("f", [0.0])
x = array("f", [1.5, 2.25, -0.5, 100.0, 0.125])
y = array("f", [2.0, 4.0, 8.0, 0.5, -1.0])
print(fsum(x, len(x), out), out[0], fsum(x, 0, out), out[0], fsum(x, 2, out), out[0])
dot(x, y, 5, out)
print(out[0])
axpy(x, y, array("f", [-2.0]), 5)
print(list(y))
