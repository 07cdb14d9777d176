# oracle: unix
# requires: viper
import micropython

# Machine words passed to Python functions are boxed into ints.


def describe(v):
    return "%s:%r" % (type(v).__name__, v)


@micropython.viper
def pass_words(a: int, b: uint, c: bool):
    return describe(a), describe(b), describe(c), describe(a + 1)


@micropython.viper
def apply(f, n: int) -> int:
    s = 0
    for i in range(n):
        s += int(f(i))
    return s


print(pass_words(-5, 7, True))
print(apply(lambda v: v * v, 5), apply(abs, 3))
