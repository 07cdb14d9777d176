# oracle: unix
# requires: viper
import micropython


@micropython.viper
def gcd(a: int, b: int) -> int:
    while b:
        t = a % b
        a = b
        b = t
    return a


@micropython.viper
def isqrt(n: int) -> int:
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


@micropython.viper
def log2_floor(n: int) -> int:
    k = -1
    while n:
        n >>= 1
        k += 1
    return k


print([gcd(a, b) for a, b in ((12, 18), (17, 5), (0, 9), (100, 75))])
print([isqrt(n) for n in (0, 1, 15, 16, 17, 1000000, 999999)])
print([log2_floor(n) for n in (1, 2, 3, 1024, 1025, 0)])
