# math: fmod and copysign with signs and zeros, vs the % operator; remainder-like edges
import math
vals = [5.0, -5.0, 3.0, -3.0, 0.0, -0.0, 1e300, 1e-300, 7, -7, 2.5]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(repr(math.fmod(a, b)))
        except Exception as e:
            row.append(type(e).__name__[:3])
    print(a, row)
for a in (1.0, -1.0, 0.0, -0.0, 5):
    print(a, [repr(math.copysign(a, b)) for b in (1.0, -1.0, 0.0, -0.0, 3, -3, float("inf"), float("-inf"))])
print(repr(math.copysign(float("inf"), -1)), repr(math.copysign(0, -1)))
n = math.copysign(float("nan"), -1.0)
print(n != n, math.copysign(1.0, n))
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2)):
    print(a, b, math.fmod(a, b), a % b)
