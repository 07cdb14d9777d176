# oracle: unix
# requires: viper
import micropython

# Integer // and % on machine words round towards minus infinity, as for Python ints.


@micropython.viper
def floordiv(a: int, b: int) -> int:
    return a // b


@micropython.viper
def mod(a: int, b: int) -> int:
    return a % b


@micropython.viper
def digits_sum(n: int) -> int:
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


for a, b in ((17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (4, 9)):
    print(a, b, floordiv(a, b), mod(a, b), a // b, a % b)
print(digits_sum(0), digits_sum(9), digits_sum(123456789))
