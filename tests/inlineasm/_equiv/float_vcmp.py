from array import array
def fcmp(v, i):
    a, b = v[i], v[i + 1]
    return (a > b) - (a < b)
def fmax_index(v, n):
    m = 0
    for i in range(1, n):
        if v[i] > v[m]:
            m = i
    return m
def count_below(v, n, t):
    return sum(1 for x in v[:n] if x < t[0])
v = array("f", [1.5, 2.5, 2.5, -3.0, 0.0, -0.0, 1e30, 7.25])
print([fcmp(v, i) for i in range(7)])
print(fmax_index(v, len(v)), fmax_index(v, 3), fmax_index(v, 1), fmax_index(array("f", [-5.0, -1.0, -2.0]), 3))
print([count_below(v, len(v), array("f", [t])) for t in (-10.0, 0.0, 1.5, 2.6, 1e31)])
