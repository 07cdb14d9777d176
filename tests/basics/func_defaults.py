def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2, 3))
print(f(3, c=[]))
print(f(4))
def g(x, y=None):
    if y is None:
        y = x * 2
    return y
print(g(3), g(3, 0))
n = 10
def h(v=n):
    return v
n = 20
print(h())
def k(a, b=1, c=2):
    return a + b * 10 + c * 100
print(k(1), k(1, 2), k(1, c=5), k(c=3, a=4), k(*[1, 2, 3]), k(**{"a": 1, "c": 9}))
