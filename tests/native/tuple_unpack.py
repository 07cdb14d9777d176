# oracle: unix, strip-native
import micropython


@micropython.native
def swap(a, b):
    a, b = b, a
    return a, b


@micropython.native
def nested(t):
    (a, b), (c, (d, e)) = t
    return a + b + c + d + e


@micropython.native
def rotate3(x, y, z):
    x, y, z = y, z, x
    return x, y, z


@micropython.native
def pairs(items):
    total = 0
    for k, v in items:
        total += k * v
    return total


print(swap(1, "two"))
print(nested(((1, 2), (3, (4, 5)))))
print(rotate3("a", "b", "c"))
print(pairs([(1, 2), (3, 4), (5, 6)]))
try:
    a, b = swap(*[1, 2, 3][:2]) + (3,)
except ValueError as e:
    print("ValueError", e)
