# math: functions fed ints, big ints, bools and objects with __float__; ceil/floor/trunc results
import math
class F:
    def __float__(self):
        return 2.25
class NoF:
    pass
for v in (0, 7, -7, True, False, 2**53 + 1, 2**100, -2**100, 10**400, F()):
    out = []
    for n in ("sqrt", "floor", "ceil", "trunc", "fabs", "exp", "log"):
        try:
            r = getattr(math, n)(v)
            out.append(repr(r) if not isinstance(r, float) else "%.8g" % r)
        except Exception as e:
            out.append(type(e).__name__)
    print(type(v).__name__, out)
for v in (1.5, -1.5, 2.5, -0.5, 1e20, -1e20, 1e300, 0.0, -0.0):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
for bad in ("1", None, [1], NoF(), 1j):
    try:
        print(math.sqrt(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in (float("inf"), float("nan")):
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f(bad))
        except Exception as e:
            print(type(e).__name__, e)
print(math.pow(2, 10), math.pow(-8, 1/3) if False else math.pow(4, 0.5), math.pow(0, 0), math.pow(-2, 3))
for a, b in ((0.0, -1.0), (-8.0, 1/3), (0.0, -2), (-0.0, -3)):
    try:
        print(a, b, math.pow(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
