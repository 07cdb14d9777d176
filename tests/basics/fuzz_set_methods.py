# set and frozenset methods as MicroPython 1.27 has them (found by the builtins fuzz test):
# intersection and union take exactly one argument, intersection always builds a set.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: frozenset({1, 2}).intersection({2}))
t(lambda: frozenset({1, 2}).intersection([2, 3]))
t(lambda: frozenset({1, 2}) & {2})
t(lambda: frozenset({1, 2}).union({3}))
t(lambda: frozenset({1, 2}).difference({1}, {2}))
t(lambda: frozenset({1, 2}).intersection())
t(lambda: {1, 2}.union())
t(lambda: {1, 2}.union([3], [4]))
t(lambda: {1, 2}.update([3], [4]))
def f():
    x = {1, 2, 3}
    x.intersection_update([3], [4])
t(f)
def f():
    x = frozenset({1, 2})
    x &= {2}
    return x
t(f)
t(lambda: type(iter({1})).__name__)
t(lambda: type(iter(frozenset())).__name__)
