import math
for x in (0.0, 0.5, 1.0, -1.0):
    print(x, math.sin(x), math.cos(x), math.tan(x))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12))
try:
    math.asin(2)
except ValueError as e:
    print("ValueError", e)
