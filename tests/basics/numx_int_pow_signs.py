# ** with negative bases and exponents, ints and long ints
for b in (-3, -2, -1, 0, 1, 2, 3, 10, -(2**40), 2**40):
    for e in (0, 1, 2, 3, 5, 17, 31, 64):
        print(b, e, b**e)
for b in (-4, -2, -1, 1, 2, 4, 2**65):
    for e in (-1, -2, -3):
        print(b, e, b**e)
for b in (0, 0 * 2**70):
    for e in (-1, -2, -(2**70)):
        try:
            print(b**e)
        except ZeroDivisionError as e2:
            print("ZeroDivisionError", e2)
print(0**0, (2**70) ** 0, (-(2**70)) ** 1, (-1) ** (2**70), (-1) ** (2**70 + 1))
print(pow(-2, 63), pow(-2, 64), pow(2, 64) - 1, pow(-(2**20), 3))
x = 3
x **= 40
print(x)
x **= -1
print(x)
