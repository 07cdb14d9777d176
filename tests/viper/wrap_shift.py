# oracle: board
# requires: viper
import micropython

# Left shifts drop the bits beyond 32; int >> keeps the sign, uint >> shifts in zeros.


@micropython.viper
def shl(x: int, n: int) -> int:
    return x << n


@micropython.viper
def sar(x: int, n: int) -> int:
    return x >> n


@micropython.viper
def shr(x: uint, n: uint) -> uint:
    return x >> n


print(shl(1, 30), shl(1, 31), shl(3, 31), shl(0xFF, 24), shl(0x12345, 20))
print(sar(shl(1, 31), 1), sar(shl(1, 31), 31), sar(-1, 20))
print(shr(shl(1, 31), 1), shr(-1, 28), shr(-16, 2), shr(0x80000000, 31))
