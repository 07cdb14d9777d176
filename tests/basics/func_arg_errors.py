def two(a, b):
    return a + b
for call in (lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, c=2), lambda: two(1, a=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def kw(**kw):
    return kw
try:
    kw(1)
except TypeError as e:
    print("TypeError", e)
def d(x, **k):
    return x, sorted(k)
try:
    d(1, **{"x": 2})
except TypeError as e:
    print("TypeError", e)
print(d(x=3, y=4))
