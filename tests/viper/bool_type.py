# oracle: unix
# requires: viper
import micropython


@micropython.viper
def is_positive(x: int) -> bool:
    return x > 0


@micropython.viper
def both_positive(a: int, b: int) -> bool:
    pa = a > 0
    pb = b > 0
    if pa:
        if pb:
            return True
    return False


@micropython.viper
def truthy(x: bool) -> int:
    if x:
        return 1
    return 0


@micropython.viper
def count_true(items) -> int:
    n = 0
    for v in items:
        if bool(v):
            n += 1
    return n


print(is_positive(3), is_positive(0), is_positive(-3))
print(both_positive(1, 2), both_positive(1, -2), both_positive(-1, 2))
print(truthy([]), truthy([0]), truthy(""), truthy("x"), truthy(0), truthy(7))
print(count_true([0, 1, "", "a", None, [], [0], 2]))
