# oracle: unix, strip-native
import micropython


@micropython.native
def inner(n):
    for i in range(n):
        yield i
    return "inner-%d" % n


@micropython.native
def outer():
    a = yield from inner(2)
    b = yield from inner(3)
    yield a + "," + b
    yield from "xy"
    yield from [7, 8]


@micropython.native
def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


print(list(outer()))
print(list(flatten([1, [2, [3, 4], []], [[5]], 6])))
