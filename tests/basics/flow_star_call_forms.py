# calls with multiple *args and **kwargs, mixed positions, evaluation order
def show(*a, **k):
    return a, sorted(k.items())

print(show(*[1, 2], *(3,), *"ab"))
print(show(0, *[1], 2, *[3, 4], 5))
print(show(**{"a": 1}, **{"b": 2}))
print(show(1, *[2], x=3, **{"y": 4}, z=5))
print(show(*range(3), **dict(q=1)))
print(show(*{}, **{}))
print(show(*(i for i in range(3))))
print(show(*b"xy", *bytearray(b"z")))

def pos(a, b, c=3, *rest, d, e=5, **kw):
    return a, b, c, rest, d, e, sorted(kw.items())
print(pos(1, 2, d=4))
print(pos(*[1, 2, 30, 40, 50], d=4, f=6))
print(pos(1, *[2], **{"d": 7, "e": 8, "z": 9}))

order = []
def t(v):
    order.append(v)
    return v
show(t(1), *t([2]), t(3), k=t(4), **t({"m": 5}))
print(order)

# errors
tests = [
    lambda: show(*1),
    lambda: show(**1),
    lambda: show(**{1: 2}),
    lambda: show(**{"a": 1}, **{"a": 2}),
    lambda: show(a=1, **{"a": 2}),
    lambda: pos(1, 2),
    lambda: pos(1, d=1),
    lambda: pos(*[1, 2], b=3, d=4),
    lambda: show(*None),
]
for tst in tests:
    try:
        print(tst())
    except Exception as e:
        print(type(e).__name__, e)

# star args into builtins and methods
print(max(*[3, 9, 1]), min(*"hello"), "-".join("abc"))
print("{}{}{}".format(*"xyz"), "{a}{b}".format(**{"a": 1, "b": 2}))
lst = []
lst.extend(*[[1, 2]])
print(lst, dict(**{"x": 1}, y=2) == {"x": 1, "y": 2})
