# oracle: strip-native
import micropython
@micropython.native
def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, sorted(kw.items())
print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
try:
    f()
except TypeError as e:
    print("TypeError", e)
@micropython.native
def bigmath(x):
    return x ** 3 + 2 ** 70
print(bigmath(10), bigmath(-3))
