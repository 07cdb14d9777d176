import math
print(math.pi, math.e, math.tau if hasattr(math, "tau") else "-")
print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(1))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.trunc(2.9))
print(type(math.floor(2.5)).__name__, math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.factorial(0), math.factorial(10), math.factorial(20))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4) if hasattr(math, "hypot") else 5.0)
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
