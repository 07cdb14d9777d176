# `in`: __contains__, then __iter__, then __getitem__ (as MicroPython falls back)
class C:
    def __contains__(self, x):
        print("contains", x)
        return x == 3
class CRet:
    def __init__(self, r):
        self.r = r
    def __contains__(self, x):
        return self.r
class It:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("iter")
        return iter(self.items)
class Gi:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 4:
            raise IndexError
        return i * 10
class Nothing:
    pass

c = C()
print(3 in c, 4 in c, 3 not in c, 4 not in c)
for r in (1, 0, "", "x", None, [], [0], True):
    print(repr(r), r in [], (5 in CRet(r)), (5 not in CRet(r)))
it = It([1, 2, 3])
print(2 in it, 9 in it, 9 not in it)
g = Gi()
print(20 in g)
print(25 in g)
try:
    print(1 in Nothing())
except TypeError as e:
    print("TypeError", e)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError", e)

class ItGen:
    def __iter__(self):
        yield 1
        yield 2
        print("gen continues")
        yield 3
print(1 in ItGen(), 3 in ItGen())

class Raising:
    def __contains__(self, x):
        raise KeyError(x)
try:
    5 in Raising()
except KeyError as e:
    print("KeyError", e)
