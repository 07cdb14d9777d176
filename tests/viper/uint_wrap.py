# oracle: board
# requires: viper
import micropython

# uint words wrap modulo 2**32 and box as non-negative ints.


@micropython.viper
def minus_one() -> uint:
    return uint(0) - 1


@micropython.viper
def add_u(a: uint, b: uint) -> uint:
    return a + b


@micropython.viper
def as_uint(x: int) -> uint:
    return uint(x)


@micropython.viper
def compare_u(a: uint, b: uint) -> bool:
    return a > b


print(minus_one(), as_uint(-1), as_uint(-2147483648), as_uint(5))
print(add_u(minus_one(), 1), add_u(0x7FFFFFFF, 1), add_u(0x80000000, 0x80000000))
print(compare_u(as_uint(-1), 1), compare_u(1, as_uint(-1)), compare_u(0, 0))
