# oracle: strip-native
import micropython
@micropython.viper
def add_ints(a: int, b: int) -> int:
    return a + b
@micropython.viper
def sum_to(n: int) -> int:
    s = 0
    i = 0
    while i <= n:
        s += i
        i += 1
    return s
@micropython.viper
def bits(x: int) -> int:
    return (x << 2) | (x >> 1) & 0xFF
print(add_ints(2, 3), sum_to(100), bits(12), add_ints(-5, 3))
