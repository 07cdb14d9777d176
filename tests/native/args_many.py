# oracle: unix, strip-native
import micropython


@micropython.native
def five(a, b, c, d, e):
    return a - b + c - d + e


@micropython.native
def eight(a, b, c, d, e, f, g, h):
    return [a, b, c, d, e, f, g, h][::-1]


@micropython.native
def call_them():
    return five(1, 2, 3, 4, 5), eight(*range(8))


print(five(10, 20, 30, 40, 50), call_them())
try:
    five(1, 2, 3)
except TypeError:
    print("TypeError: too few")
try:
    eight(*range(9))
except TypeError:
    print("TypeError: too many")
