print(2 ** 64, 2 ** 128, (-3) ** 41, 7 ** 0, 0 ** 0)
print(1 << 100, (1 << 100) >> 99, -1 << 65, (-1 << 65) >> 64)
print((2 ** 100) >> 200, (-(2 ** 100)) >> 200)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    2 ** -1 if False else pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(3, 100, 7), pow(-3, 3, 7), pow(2, 100, 2 ** 61 - 1))
