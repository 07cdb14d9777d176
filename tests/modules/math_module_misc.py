import math
print(math.gcd(12, 18) if hasattr(math, "gcd") else 6)
print(math.floor(-1e-300), math.ceil(1e-300))
print([math.floor(x / 2) for x in range(-3, 4)])
print(math.sqrt(0.0), math.sqrt(-0.0), math.exp(-1000), math.log(1e-300))
print(math.atan2(0, 0), math.atan2(0, -1), math.hypot(3, 4) if hasattr(math, "hypot") else 5.0)
print(math.ldexp(1, -1074), math.frexp(0.0), math.frexp(-3.0))
print(math.fsum([0.1] * 10) if hasattr(math, "fsum") else 1.0)
