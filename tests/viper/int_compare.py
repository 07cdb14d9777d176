# oracle: unix
# requires: viper
import micropython


@micropython.viper
def compare(a: int, b: int) -> object:
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


@micropython.viper
def clamp(x: int, lo: int, hi: int) -> int:
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


@micropython.viper
def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x == 0:
        return 0
    return -1


print(compare(1, 2), compare(2, 2), compare(-3, -4))
print([clamp(x, -2, 5) for x in (-10, -2, 0, 5, 99)])
print([sign(x) for x in (-7, 0, 7)])
