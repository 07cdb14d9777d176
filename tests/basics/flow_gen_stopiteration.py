# StopIteration raised inside generators, iterators and next() defaults
def raises_stop():
    yield 1
    raise StopIteration("inner")
    yield 2

try:
    print(list(raises_stop()))
except Exception as e:
    print(type(e).__name__, e)

def next_exhausted():
    it = iter([])
    yield 0
    yield next(it)
    yield "unreached"
try:
    print(list(next_exhausted()))
except Exception as e:
    print(type(e).__name__, e)

print(next(iter([]), "default"))
print(next(iter([1]), "default"))
it = iter("ab")
print(next(it, None), next(it, None), next(it, None), next(it, None))
g = (x for x in [1])
print(next(g, "d1"), next(g, "d2"))

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n)
        return self.n
i = It()
print(list(i))
try:
    next(i)
except StopIteration as e:
    print("custom stop", e.args)

# StopIteration caught in generator body does not end it
def catching():
    it = iter([1])
    for k in range(3):
        try:
            yield next(it)
        except StopIteration:
            yield "caught %d" % k
print(list(catching()))

# StopIteration is an Exception
try:
    raise StopIteration
except Exception as e:
    print("is Exception", type(e).__name__)
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
