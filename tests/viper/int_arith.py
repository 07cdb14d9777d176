# oracle: unix
# requires: viper
import micropython


@micropython.viper
def arith(a: int, b: int) -> int:
    return (a + b) * 3 - (a - b) * 2


@micropython.viper
def poly(x: int) -> int:
    return 4 * x * x - 7 * x + 11


@micropython.viper
def sum_range(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    return s


@micropython.viper
def mixed_locals(a: int) -> int:
    b = a * 2
    c = b - 5
    d = c * c + b
    return d


print(arith(10, 3), arith(-4, 9), arith(0, 0))
print([poly(x) for x in range(-3, 4)])
print(sum_range(0), sum_range(10), sum_range(1000))
print(mixed_locals(7), mixed_locals(-7))
