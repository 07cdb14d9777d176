# oracle: strip-native
import micropython
@micropython.viper
def count_bits(x: int) -> int:
    n = 0
    while x:
        n += x & 1
        x >>= 1
    return n
@micropython.viper
def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a
print(count_bits(255), count_bits(0x1234), gcd(48, 36), gcd(17, 5))
