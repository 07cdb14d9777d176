# oracle: unix
# @native functions from source run on the desktop as bytecode compiled by the JIT tier: their
# frames must still add no traceback lines, as native code's don't, wherever the exception
# starts or passes (uncaught, print_exception, generators, methods, closures).
import micropython
import sys


@micropython.native
def leaf(x):
    return x + 1


@micropython.native
def middle(x):
    return leaf(x) * 2


def plain(x):
    return middle(x)


@micropython.native
def gen(n):
    for i in range(n):
        yield leaf(i)


class C:
    @micropython.native
    def method(self, x):
        return middle(x)


@micropython.native
def outer(k):
    def inner(x):
        return x + k

    return inner


for f, arg in ((leaf, 1), (middle, 2), (plain, 3), (C().method, 4), (outer(5), 6)):
    print(f(arg))
for f, arg in ((leaf, "a"), (middle, "b"), (plain, "c"), (C().method, None), (outer("k"), 1)):
    try:
        f(arg)
    except TypeError as e:
        sys.print_exception(e, sys.stdout)
print(list(gen(4)))
try:
    list(gen("x"))
except TypeError as e:
    sys.print_exception(e, sys.stdout)
# a native function called many times stays right after it is compiled
total = 0
for i in range(2000):
    total += middle(i)
print(total)
