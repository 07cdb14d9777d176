x = 1.0
for k in (3, 7, 11, 13):
    x = x / k
print(x)
for k in (3, 7, 11, 13):
    x = x * k
print(x, x == 1.0)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 2.0 ** 1023, 2.0 ** -1074)
try:
    2.0 ** 1024
except OverflowError as e:
    print("OverflowError", e)
