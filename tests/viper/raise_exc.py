# oracle: unix
# requires: viper
import micropython


@micropython.viper
def checked_get(buf, i: int, n: int) -> int:
    if i < 0 or i >= n:
        raise IndexError("index %d out of range" % (i,))
    p = ptr8(buf)
    return p[i]


@micropython.viper
def validate(x: int) -> int:
    if x > 100:
        raise ValueError(x)
    return x


def caller(i):
    try:
        return checked_get(b"abc", i, 3)
    except IndexError as e:
        return str(e)


print([caller(i) for i in (0, 2, 3, -1)])
try:
    validate(101)
except ValueError as e:
    print("ValueError", e.args)
print(validate(100))
