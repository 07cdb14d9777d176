from array import array
def asum(a, n):
    return sum(a[:n])
def scale(a, n, k):
    for i in range(n):
        a[i] *= k
    return 0
def swap_halves(h):
    h[0], h[1] = h[1], h[0]
    return h[2]
a = array("i", [1, 2, 3, -4, 50000])
print(asum(a, 5), asum(a, 0), asum(a, 3))
print(scale(a, 4, 3), list(a), asum(a, 5))
h = array("H", [0x1234, 0xABCD, 7, 9])
print(swap_halves(h), [hex(v) for v in h])
