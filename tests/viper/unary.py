# oracle: unix
# requires: viper
import micropython


@micropython.viper
def neg(x: int) -> int:
    return -x


@micropython.viper
def invert(x: int) -> int:
    return ~x


@micropython.viper
def plus(x: int) -> int:
    return +x


@micropython.viper
def absolute(x: int) -> int:
    if x < 0:
        x = -x
    return x


print([neg(v) for v in (5, 0, -5)], [invert(v) for v in (0, 5, -1)])
print(plus(-3), [absolute(v) for v in (-9, 0, 9)])
