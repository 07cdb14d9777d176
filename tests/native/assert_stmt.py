# oracle: unix, strip-native
import micropython


@micropython.native
def checked_sqrt(n):
    assert n >= 0, "negative input %d" % n
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    assert r * r <= n < (r + 1) * (r + 1)
    return r


print([checked_sqrt(n) for n in (0, 1, 15, 16, 99)])
try:
    checked_sqrt(-4)
except AssertionError as e:
    print("AssertionError", e.args)


@micropython.native
def plain_assert(v):
    assert v
    return "ok"


try:
    plain_assert(0)
except AssertionError as e:
    print("AssertionError", e.args)
print(plain_assert([1]))
