import math
print(math.sqrt(2 ** 100), math.sqrt(10 ** 30), math.floor(10 ** 20), math.ceil(10 ** 20 + 0.0))
print(math.log(2 ** 100), math.log10(10 ** 20), math.exp(10), math.pow(10, 20))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(5), math.ceil(True))
print(math.fabs(-(2 ** 70)), math.trunc(1e20), math.trunc(-1e20))
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError", e)
