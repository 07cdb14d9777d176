# oracle: unix, strip-native
import micropython


@micropython.native
def mix(x, y):
    return x + y, x - y, x * y, x / y, x // y, x % y


@micropython.native
def mean(values):
    s = 0.0
    for v in values:
        s += v
    return s / len(values)


@micropython.native
def poly(x):
    return 3 * x * x - 2.5 * x + 1


print(mix(7.5, 2))
print(mix(-7.5, 2))
print(mix(1, 4.0))
print(mean([1, 2, 3, 4]), mean([0.5, 0.25]))
print([poly(x) for x in (0, 1, 2.5, -1)])
print(round(2.675, 2), int(-3.9), float(7) / 2)
