# oracle: board
# requires: viper
import micropython

# Returning a machine word makes an int object: beyond the boards' small-int range (2**30) it
# becomes a big int with the same value.


@micropython.viper
def big(x: int) -> int:
    return x * 4


@micropython.viper
def top(shift: int) -> int:
    return 1 << shift


@micropython.viper
def utop(shift: uint) -> uint:
    return uint(1) << shift


print(big(0x0FFFFFFF), big(0x10000000), big(0x1FFFFFFF), big(0x20000000), big(-0x10000001))
print([top(n) for n in (29, 30, 31)], [utop(n) for n in (29, 30, 31)])
print(type(big(0x20000000)).__name__, big(0x10000000) + 1 == 0x40000001)
