# oracle: board
# requires: viper
import micropython

# Products wrap at 32 bits.


@micropython.viper
def mul(a: int, b: int) -> int:
    return a * b


@micropython.viper
def factorial(n: int) -> int:
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


@micropython.viper
def square_chain(x: int, times: int) -> int:
    for _ in range(times):
        x = x * x
    return x


print(mul(0x10000, 0x10000), mul(0x10001, 0x10001), mul(-0x10000, 0x8000))
print([factorial(n) for n in (5, 12, 13, 17)])
print(square_chain(3, 3), square_chain(3, 5), square_chain(7, 4))
print(mul(46341, 46341), mul(46340, 46340))
