# oracle: unix
# requires: viper
import micropython

# >> on int is an arithmetic shift, on uint a logical one (small values: any word size).


@micropython.viper
def sar(x: int, n: int) -> int:
    return x >> n


@micropython.viper
def shl(x: int, n: int) -> int:
    return x << n


@micropython.viper
def shr(x: uint, n: uint) -> uint:
    return x >> n


print([sar(-100, n) for n in range(5)], [sar(100, n) for n in range(5)])
print([shl(-3, n) for n in range(5)], [shl(5, n) for n in (0, 10, 20)])
print([shr(1000, n) for n in range(0, 12, 3)])
