def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
def g(a, b, *rest, key="k", **extra):
    return a, b, rest, key, sorted(extra)
print(g(1, 2), g(1, 2, 3, 4, key="K", z=0, y=1))
print(g(*range(5)))
def kwonly(*, a, b=2):
    return a + b
print(kwonly(a=1), kwonly(b=5, a=5))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError", e)
try:
    kwonly()
except TypeError as e:
    print("TypeError", e)
