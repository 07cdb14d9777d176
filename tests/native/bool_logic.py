# oracle: unix, strip-native
import micropython


@micropython.native
def both(a, b):
    return a and b


@micropython.native
def either(a, b):
    return a or b


@micropython.native
def negate(a):
    return not a


calls = []


def noisy(v):
    calls.append(v)
    return v


@micropython.native
def short_circuit():
    r1 = noisy(0) and noisy(1)
    r2 = noisy(2) or noisy(3)
    r3 = noisy("") or noisy(None) or noisy("x")
    return r1, r2, r3


print(both(1, 2), both(0, 2), both([], 5), both("a", ""))
print(either(0, 2), either(3, 4), either(None, []))
print(negate(0), negate(1), negate(""), negate([0]))
print(short_circuit(), calls)
print(bool(both(1, 1)), True + True, False * 3)
