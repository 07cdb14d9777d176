# oracle: unix
# requires: viper
import micropython

# uint values below 2**31 print the same on every word size.


@micropython.viper
def half(x: uint) -> uint:
    return x >> 1


@micropython.viper
def ucompare(a: uint, b: uint) -> object:
    return (a < b, a > b, a == b)


@micropython.viper
def umul(a: uint, b: uint) -> uint:
    return a * b


@micropython.viper
def from_int(x: int) -> uint:
    return uint(x) + uint(1)


print(half(10), half(11), half(0x7FFFFFFE))
print(ucompare(3, 5), ucompare(5, 3), ucompare(4, 4))
print(umul(1000, 1000), umul(65535, 3))
print(from_int(41), from_int(0))
