# yield from any iterable: sequences, strings, bytes, dicts, ranges, user iterators
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i

def g(*its):
    for it in its:
        r = yield from it
        print("result", r)

print(list(g([1, 2], (3,), "ab", b"CD", range(3), {"k": 1, "j": 2}, Count(3), Seq(), bytearray(b"z"))))
print(list(g(set(), [], "", frozenset([5]))))
print(list(g(x * 2 for x in range(4))))
print(list(g(iter([9, 8]), reversed([1, 2, 3]), enumerate("xy"), zip("ab", "cd"))))

def bad(x):
    yield from x
for v in [1, None, 3.5, object()]:
    try:
        list(bad(v))
    except TypeError as e:
        print("TypeError", type(v).__name__, e)

# an iterator raising mid-stream
class Boom:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise KeyError("boom")
        return self.i
out = []
try:
    for x in bad(Boom()):
        out.append(x)
except KeyError as e:
    print("KeyError", e, out)
