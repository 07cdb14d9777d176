# oracle: unix, strip-native
import micropython


@micropython.native
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]


@micropython.native
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


@micropython.native
def mat_pow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r


print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(mat_pow([[1, 1], [1, 0]], 30))
