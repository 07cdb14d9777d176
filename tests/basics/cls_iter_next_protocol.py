# __iter__/__next__ objects: returning self, a generator, another iterator; errors
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c))
print([x * 2 for x in Count(4)])
class GenIter:
    def __iter__(self):
        for i in range(3):
            yield i
g = GenIter()
print(list(g), list(g))
class Deleg:
    def __iter__(self):
        return iter("xyz")
print(list(Deleg()), "-".join(Deleg()))
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError", e)
class NoNext:
    def __iter__(self):
        return self
try:
    list(NoNext())
except TypeError as e:
    print("TypeError", e)
class StopVal:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(99)
print(list(StopVal()))
def gen():
    r = yield from StopValOnce()
    print("yield from got", r)
class StopValOnce:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("ret")
        self.done = True
        return "first"
print(list(gen()))
it = Count(2)
print(next(it), next(it), next(it, "dflt"), next(it, None))
try:
    next(Count(0))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next(5)
except TypeError as e:
    print("TypeError", e)
class NextOnly:
    def __next__(self):
        return 1
print(next(NextOnly()))
try:
    iter(NextOnly())
except TypeError as e:
    print("TypeError", e)
