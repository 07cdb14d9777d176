# oracle: board
# requires: viper
import micropython

# Viper ints are machine words: on the 32-bit boards (and in upy) they wrap at 32 bits. A literal
# beyond the small-int range (2**30 on the boards) is an object: int(...) makes it a word.


@micropython.viper
def add(a: int, b: int) -> int:
    return a + b


@micropython.viper
def sub(a: int, b: int) -> int:
    return a - b


@micropython.viper
def max_plus_one() -> int:
    x = int(0x7FFFFFFF)
    return x + 1


@micropython.viper
def min_minus_one() -> int:
    x = int(-0x7FFFFFFF - 1)
    return x - 1


@micropython.viper
def sum_to_overflow(n: int) -> int:
    s = int(0x7FFFFFF0)
    for i in range(n):
        s += 1
    return s


print(max_plus_one(), min_minus_one())
print(add(0x40000000, 0x40000000), sub(-0x40000000, 0x40000001))
print(sum_to_overflow(15), sum_to_overflow(16), sum_to_overflow(17))
print(add(5, -7), sub(100, 1))
