# oracle: unix, strip-native
import micropython


@micropython.native
def nothing():
    pass


@micropython.native
def early(x):
    if x:
        return
    return "late"


@micropython.native
def multiple():
    return 1, "two", [3]


@micropython.native
def conditional(x):
    return "pos" if x > 0 else "neg" if x < 0 else "zero"


print(nothing(), early(1), early(0))
a, b, c = multiple()
print(a, b, c, multiple())
print([conditional(v) for v in (5, -5, 0)])
