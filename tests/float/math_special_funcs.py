import math
print(math.erf(0), math.erf(1), math.erfc(1), math.erf(-0.5))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.lgamma(0.5))
print(math.expm1(1e-10), math.expm1(1), math.isclose(1.0, 1.0000000001), math.isclose(1, 1.1))
print(math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.05))
print(math.copysign(3, -1), math.copysign(-3, 1), math.copysign(0.0, -2))
try:
    math.gamma(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
