# math edge cases: frexp of subnormals, degrees/radians overflow to inf (no domain error),
# modf(-0.0), C99 pow with +-1 and infinities, factorial of a long int, domain errors.
import math

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in (1e-310, -1e-310, 5e-324, 2.2250738585072014e-308, 1e308, 0.1, -3.0, 0.0, -0.0):
    print(v, math.frexp(v))
show(lambda: math.degrees(1e308))
show(lambda: math.radians(-1e308 * 10))
show(lambda: math.modf(-0.0))
show(lambda: math.modf(-2.5))
show(lambda: math.modf(float('-inf')))
for x in (1.0, -1.0):
    for y in (float('inf'), float('-inf'), float('nan')):
        print(x, y, math.pow(x, y), x ** y)
show(lambda: math.pow(0.0, -1.0))
show(lambda: (-0.0) ** -1)
show(lambda: (-8.0) ** (1 / 3))
show(lambda: float('-inf') ** 0.5)
show(lambda: math.factorial(2**70))
show(lambda: math.factorial(-1))
show(lambda: math.factorial(20))
for name in ('sqrt', 'log', 'log2', 'log10', 'acos', 'asin', 'acosh', 'atanh', 'exp', 'gamma',
             'lgamma', 'cosh', 'expm1'):
    f = getattr(math, name)
    out = []
    for v in (-1.0, 0.0, 2.0, 1000.0, float('inf'), float('nan')):
        try:
            out.append(f(v))
        except ValueError as e:
            out.append(str(e))
    print(name, out)
show(lambda: math.fmod(1.0, 0.0))
show(lambda: math.atan2(float('inf'), float('-inf')))
show(lambda: math.isclose(1.0, 1.0 + 1e-10, rel_tol=-1))
