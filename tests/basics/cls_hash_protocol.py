# __hash__ return values, __hash__ = None, __eq__ without __hash__
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for h in (0, 1, -1, -2, 7, 2**30, 2**31 - 1, -2**31, True, False):
    try:
        print(repr(h), hash(H(h)))
    except Exception as e:
        print(repr(h), type(e).__name__, e)
for h in (1.5, "x", None, (1,)):
    try:
        print(repr(h), hash(H(h)))
    except Exception as e:
        print(repr(h), type(e).__name__, e)

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError", e)
try:
    set([NoHash()])
except TypeError as e:
    print("TypeError", e)

class EqOnly:
    def __eq__(self, o):
        return True
try:
    print(type(hash(EqOnly())).__name__)
except TypeError as e:
    print("TypeError", e)

class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {}
for k in (1, 2, 1, "a", "a", (1, 2), (1, 2)):
    d[Both(k)] = d.get(Both(k), 0) + 1
print(sorted(v for v in d.values()), len(d))
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(2) in s, Both(3) in s)
print(hash(Both("abc")) == hash("abc"))

class Sub(Both):
    pass
print(hash(Sub(5)) == hash(5), Sub(5) == Both(5))
class InheritDefault:
    pass
i = InheritDefault()
print(hash(i) == hash(i), type(hash(i)).__name__)
