# float results of common operations printed with repr and str, and parsed back
import math
vals = [0.1 * 3, 1 / 7, 2 / 3, 10 / 3, 100 / 7, 1e10 / 3, 1e-10 / 3, math.pi, math.e, math.sqrt(2), 1e15 + 0.3, 2.0**0.5 * 2.0**0.5, 0.1 + 0.7, 1.1 * 1.1, 3 * 1.1, 1 - 0.9]
for v in vals:
    print(repr(v), str(v), "%.17g" % v, "%.6f" % v, "{:.12e}".format(v), float(repr(v)) == v, float(str(v)) == v)
for i in range(-8, 9, 2):
    v = 1.2345678 * 10.0**i
    print(i, repr(v), str(v), repr(-v), "%g" % v, "%.3e" % v)
