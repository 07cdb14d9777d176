print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-(2 ** 80)), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 70, 3))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 8), pow(2, -2), pow(-3, 3), pow(7, 0), pow(5, 3, 13), pow(2 ** 65, 2, 1000))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
