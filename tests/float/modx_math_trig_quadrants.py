# math: atan2 in every quadrant and on the axes (signed zeros), hypot-like sqrt sums, inverse
# trig at the domain edges, degrees/radians round trips, pi multiples
import math
for y in (0.0, -0.0, 1.0, -1.0, float("inf"), -float("inf")):
    print(y, ["%.10g" % math.atan2(y, x) for x in (0.0, -0.0, 1.0, -1.0, float("inf"), -float("inf"))])
for v in (1.0, -1.0, 1.0000001, -1.0000001, 0.9999999):
    out = []
    for f in (math.asin, math.acos, math.atanh if abs(v) != 1 else math.atan):
        try:
            out.append("%.10g" % f(v))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, out)
for k in range(-4, 5):
    x = k * math.pi / 2
    print(k, "%.6g %.6g %.6g" % (math.sin(x), math.cos(x), math.tan(x) if k % 2 == 0 else 0.0), "%.12g" % math.degrees(x), "%.12g" % math.radians(math.degrees(x)))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.degrees(1e308), math.radians(-1e308))
print(math.sqrt(3 ** 2 + 4 ** 2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e-320))
