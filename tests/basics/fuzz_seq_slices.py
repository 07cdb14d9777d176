# Slicing and indexing of sequences as MicroPython 1.27 does them (found by the builtins fuzz
# test): tuples, bytes and memoryviews take only step-1 slices, list slice assignment too,
# range slices scale slice.indices() unclamped, and index arguments must be integers.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class _S:
    def __getitem__(self, k):
        return k
S = _S()
t(lambda: (1, 2, 3)[::2])
t(lambda: (1, 2, 3)[::-1])
t(lambda: (1, 2, 3)[::True])
t(lambda: (1, 2, 3)[::0])
t(lambda: [1, 2, 3][::0])
t(lambda: b'abc'[::0])
t(lambda: b'abc'[::2])
t(lambda: bytearray(b'abc')[1::0])
t(lambda: memoryview(b'abc')[::0])
t(lambda: 'abc'[::0])
t(lambda: [1, 2]['a':])
t(lambda: 'ab'['a':])
t(lambda: b'ab'[:None:None])
def f():
    x = [1, 2, 3]
    x[::2] = [7, 8]
    return x
t(f)
def f():
    x = [1, 2, 3]
    x[::-1] = 5
    return x
t(f)
def f():
    x = [1, 2, 3]
    x[1:2] = (7, 8)
    return x
t(f)
def f():
    x = [1, 2, 3]
    del x[::2]
    return x
t(f)
def f():
    x = []
    del x[0]
t(f)
def f():
    x = bytearray(b'abc')
    x[::0] = b'x'
t(f)
# range slices and indices
t(lambda: range(5)[4:-50])
t(lambda: range(10, 0, -2)[:5:3])
t(lambda: range(10, 0, -2)[5:-2:3])
t(lambda: range(1, 10, 3)[-2:-3])
t(lambda: range(5)[1.0])
t(lambda: range(5)[None])
t(lambda: range(5)[::0])
# slice.indices
t(lambda: S[1:3].indices(5))
t(lambda: S[::-1].indices(5))
t(lambda: S[-2:].indices(-5))
t(lambda: S[1::2].indices(-3))
t(lambda: S['a':].indices(5))
t(lambda: S[1:3].indices(2 ** 70))
# index(), insert() and comparisons
t(lambda: [1, 2].index(1, None))
t(lambda: (1, 2).index(2, 1.0))
t(lambda: (1, 2).index(2, 2 ** 70))
t(lambda: [1, 2].index(2, True))
def f():
    x = [1, 2]
    x.insert(1.0, 3)
    x.insert('a', 4)
    x.insert(-5, 0)
    return x
t(f)
t(lambda: (3, 1, 2) <= ((1,), [2]))
t(lambda: [1, 2, 3] < [[1], [2]])
t(lambda: [1, 'a'] < [1, 2])
t(lambda: [1, 2] < [1, 2, 3])
t(lambda: [3, 1, 2].sort([None], 3))
t(lambda: 'a\nb'.splitlines(True, 4))
