# math.gamma/lgamma: integers (factorials), half integers, poles, negatives, large values
import math
for v in (1, 2, 3, 4, 5, 10, 20, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.1, 1e-5, 30.5, 100, 170, 171, 171.7, 172):
    try:
        g = math.gamma(v)
        print(v, "%.10g" % g)
    except Exception as e:
        print(v, type(e).__name__, e)
for v in (1, 2, 3, 0.5, 10, 100, 1000, 1e10, 1e300, -0.5, -1.5, -2.5, 0.001, 1e-300, -100.5):
    try:
        print(v, "%.10g" % math.lgamma(v))
    except Exception as e:
        print(v, type(e).__name__, e)
for v in (0, -1, -2, 0.0, -0.0, -100):
    for f in (math.gamma, math.lgamma):
        try:
            print(v, f.__name__, f(v))
        except Exception as e:
            print(v, type(e).__name__, e)
print([hasattr(math, n) for n in ("factorial", "comb", "perm", "gcd", "lcm", "isqrt", "prod", "dist", "fsum", "nextafter", "ulp", "remainder", "cbrt", "exp2", "tau", "inf", "nan")])
