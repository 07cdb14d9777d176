# oracle: unix
# requires: viper
import micropython


@micropython.viper
def square(x: int) -> int:
    return x * x


@micropython.viper
def sum_squares(n: int) -> int:
    s = 0
    for i in range(n):
        s += int(square(i))
    return s


@micropython.viper
def fib(n: int) -> int:
    if n < 2:
        return n
    return int(fib(n - 1)) + int(fib(n - 2))


@micropython.viper
def is_even(n: int) -> bool:
    if n == 0:
        return True
    return bool(is_odd(n - 1))


@micropython.viper
def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return bool(is_even(n - 1))


print(square(9), sum_squares(10), [fib(n) for n in range(12)])
print([is_even(n) for n in range(5)], is_odd(7))
