def show(**kw):
    return list(kw.items())
print(show(b=1, a=2, c=3))
def mix(a, *args, b, **kw):
    return a, args, b, kw
print(mix(1, 2, 3, b=4, z=5))
print(mix(*[1], **{"b": 2}))
def defaults(a, b=2, *, c=3, d):
    return a, b, c, d
print(defaults(1, d=4), defaults(1, 5, d=6, c=7))
try:
    defaults(1, 2, 3, d=4)
except TypeError as e:
    print("TypeError", e)
