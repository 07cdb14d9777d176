# iter() on many types, the unsupported sentinel form, and next() with defaults
count = [0]
def counter():
    count[0] += 1
    return count[0]
try:
    print(list(iter(counter, 5)))
except TypeError as e:
    print("TypeError", e)
for v in ([1, 2], (3,), "ab", b"cd", bytearray(b"e"), {"k": 1}, {5}, frozenset([6]), range(2), {"a": 1}.items(), {"a": 1}.values(), memoryview(b"m")):
    it = iter(v)
    print(type(v).__name__, list(it), list(it), iter(it) is it)
s = iter([1, 2])
print(next(s), next(s), next(s, "end"), next(s, None))
for src in ("iter(5)", "iter(None)", "next([1])", "next(iter([]))", "next(iter(()), 1, 2)", "iter()"):
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), [x for x in It()], sum(It()), next(It()), list(zip(It(), "abcdef")), max(It()), sorted(It(), reverse=True))
class GetItem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(GetItem()), list(iter(GetItem())), 4 in GetItem(), 5 in GetItem())
class Bad:
    def __iter__(self):
        return 5
try:
    iter(Bad())
    print("no error")
except TypeError as e:
    print("TypeError", e)
