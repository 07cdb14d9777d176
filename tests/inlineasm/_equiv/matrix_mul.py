from array import array
def matmul(a, b, c, n):
    for i in range(n):
        for j in range(n):
            c[i * n + j] = sum(a[i * n + k] * b[k * n + j] for k in range(n))
    return n
a = array("i", [1, 2, 3, 4])
b = array("i", [5, 6, 7, 8])
c = array("i", [0] * 4)
print(matmul(a, b, c, 2), list(c))
m = array("i", [2, -1, 0, 3, 1, 4, -2, 5, 7])
i3 = array("i", [1, 0, 0, 0, 1, 0, 0, 0, 1])
out = array("i", [0] * 9)
matmul(m, i3, out, 3)
print(list(out))
matmul(m, m, out, 3)
print(list(out))
one = array("i", [0])
matmul(array("i", [-6]), array("i", [7]), one, 1)
print(one[0])
