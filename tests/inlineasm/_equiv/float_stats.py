from array import array
def stats(a, n, out):
    f = array("f", [0.0, 0.0, a[0], a[0], 0.0])
    for i in range(n):
        f[0] = f[0] + a[i]
        if a[i] < f[2]:
            f[2] = a[i]
        if a[i] > f[3]:
            f[3] = a[i]
    f[0] = f[0] / n
    for i in range(n):
        f[4] = a[i] - f[0]
        f[4] = f[4] * f[4]
        f[1] = f[1] + f[4]
    f[1] = f[1] / n
    for i in range(4):
        out[i] = f[i]
out = array("f", [0.0] * 4)
stats(array("f", [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]), 8, out)
print(list(out))
stats(array("f", [-1.5, 0.5]), 2, out)
print(list(out))
stats(array("f", [3.25]), 1, out)
print(list(out))
