# oracle: board
# requires: viper
import micropython

# int(...) and uint(...) reinterpret the same 32 bits.


@micropython.viper
def to_uint(x: int) -> uint:
    return uint(x)


@micropython.viper
def to_int(x: uint) -> int:
    return int(x)


@micropython.viper
def negate_as_uint(x: uint) -> uint:
    return uint(0) - x


print(to_uint(-1), to_uint(-2), to_uint(0x7FFFFFFF), to_uint(int(-0x7FFFFFFF) - 1))
print(to_int(0xFFFFFFFF), to_int(0x80000000), to_int(12))
print(negate_as_uint(1), negate_as_uint(0), to_int(negate_as_uint(5)))
