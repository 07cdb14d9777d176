def f(*args, **kwargs):
    return args, kwargs
print(f(*()), f(**{}), f(*"ab", *[1], **{"x": 1}, y=2))
print(f(1, *range(3), 4))
args = [1, 2]
kw = {"sep": "-"}
print(*args, **kw)
print(*[], sep="!")
def g(a, b, c=0, *, d=1):
    return a + b + c + d
print(g(*[1, 2]), g(*[1, 2, 3]), g(1, *[2], **{"d": 10}))
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError")
