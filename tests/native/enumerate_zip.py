# oracle: unix, strip-native
import micropython


@micropython.native
def indexed(items):
    return [(i, x) for i, x in enumerate(items, 1)]


@micropython.native
def dot(a, b):
    s = 0
    for x, y in zip(a, b):
        s += x * y
    return s


@micropython.native
def unzip(pairs):
    firsts, seconds = zip(*pairs)
    return list(firsts), list(seconds)


@micropython.native
def reverse_enumerate(items):
    return list(reversed(list(enumerate(items))))


print(indexed("abc"))
print(dot([1, 2, 3], [4, 5, 6]), dot(range(5), range(10)))
print(unzip([(1, "a"), (2, "b")]))
print(reverse_enumerate("xyz"))
