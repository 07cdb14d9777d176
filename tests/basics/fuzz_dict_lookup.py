# Dict and set lookups as py/map.c and py/objset.c do them (found by the builtins fuzz test):
# an unallocated table, or a dict whose keys are all str, finds nothing without hashing the
# key, so unhashable keys give KeyError/False there and TypeError elsewhere.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: {}[[1]])
t(lambda: {'a': 1}[[1]])
t(lambda: {'a': 1}.get({}))
t(lambda: {'x': 1}.pop({3}))
t(lambda: {1: 2}[[1]])
t(lambda: {1: 2}.get([1]))
d = {1: 2}
del d[1]
t(lambda: d[[1]])
d.clear()
t(lambda: d[[1]])
t(lambda: [1] in set())
t(lambda: set().remove([1]))
s = {1}
s.discard(1)
t(lambda: [1] in s)
# slices, ranges and dict views are unhashable
t(lambda: {1: 2}[range(2)])
t(lambda: hash(range(3)))
t(lambda: hash({1: 2}.keys()))
t(lambda: hash({}.items()))
class _S:
    def __getitem__(self, k):
        return k
S = _S()
t(lambda: {1: 2}[S[1:2]])
def f():
    x = {1: 2}
    x[S[::2]] = 3
    return x
t(f)
def f():
    x = {1: 2}
    del x[S[1:]]
t(f)
# a complex with no imaginary part is the number it equals
t(lambda: (3 + 0j) in {3, 4})
t(lambda: {3: 'i'}.get(3 + 0j))
t(lambda: {2.5: 'f'}[2.5 + 0j])
t(lambda: {3 + 0j, 3})
t(lambda: {3, 3 + 0j})
# dict | any iterable of pairs, as update
t(lambda: {1: 2} | [(3, 4)])
t(lambda: {1: 2} | bytearray())
t(lambda: {1: 2} | {2, 3})
t(lambda: {1: 2} | 3)
def f():
    x = {1: 2}
    x |= ['ab']
    return x
t(f)
t(lambda: dict.fromkeys(2, 4, 5))
