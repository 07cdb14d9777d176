a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, divmod(a, b), divmod(-a, b))
print(1 / 4, 3 / 2, 1 / 3 * 3, 2 ** 0.5, 4 ** -0.5, (-8) ** 2.0)
print(1 + 2.5, 3 * 0.5, 10 / 5, type(10 / 5).__name__, 7 // 2.0)
print(0.1 * 3, 1e300 * 1e10, -1e300 * 1e10, 1e-320)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    3.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
