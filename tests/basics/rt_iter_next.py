# __next__ on builtin iterators, StopIteration values through enumerate/map/zip/filter, and
# iter() with one argument only.
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: iter([1, 2]).__next__())
t(lambda: iter(range(3)).__next__())
t(lambda: iter("ab").__next__())
t(lambda: iter((5,)).__next__())
t(lambda: iter({1: 2}).__next__())
t(lambda: enumerate([5]).__next__())
t(lambda: zip([1], [2]).__next__())
t(lambda: map(abs, [-1]).__next__())
t(lambda: filter(None, [0, 3]).__next__())
t(lambda: reversed([1, 2]).__next__())
t(lambda: iter([]).__next__())
t(lambda: [].__next__)
t(lambda: (1).__next__)


def g():
    yield 1
    return 7


for make in (enumerate, lambda it: map(abs, it), lambda it: zip(it, g()),
             lambda it: filter(None, it)):
    it = make(g())
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", e.args)
e = enumerate(g())
print(next(e))
try:
    next(e)
except StopIteration as ex:
    print("StopIteration", ex.args, ex.value)
t(lambda: next(iter([]), 5))
t(lambda: next([]))
t(lambda: iter(5))
t(lambda: iter(lambda: 1, 1))
t(lambda: iter([], 1, 2))
t(lambda: list(iter([1, 2, 3].pop, 1)))
