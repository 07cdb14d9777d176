# Last-digit agreement of the math/cmath transcendental functions with MicroPython's libm.
import math, cmath

xs = (0.1, 0.5, 0.7, 1.0, 2.5, -2.5, 3.0, 10.0, -0.3, 1e-5, 20.0, 100.0, 1e6, 1e22, 3.14159, 0.9999)
for name in ("sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "exp", "expm1", "erf", "erfc", "gamma", "lgamma"):
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for name in ("asin", "acos", "atanh"):
    f = getattr(math, name)
    print(name, " ".join(repr(f(x)) for x in (0.1, 0.25, 0.5, 0.7, -0.9, 0.975, 0.99)))
print("acosh", " ".join(repr(math.acosh(x)) for x in (1.0, 1.0001, 1.5, 2.0, 10.0, 1e10)))
print("atan2", " ".join(repr(math.atan2(y, x)) for y, x in ((1, 2), (-3, 0.5), (2.5, -7), (-0.1, -0.2), (10, 1.43))))
for z in (0.5 + 0.25j, -2.5 + 3j, 3 - 4j, 1e-5 + 10j):
    print(cmath.exp(z), cmath.sin(z), cmath.cos(z), cmath.phase(z), cmath.polar(z))
print(cmath.rect(2, 0.5), cmath.rect(1.5, -2.0))
