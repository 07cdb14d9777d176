# special methods added to or removed from a class after creation take effect
class C:
    def __init__(self, v):
        self.v = v
a, b = C(1), C(2)
try:
    a + b
except TypeError as e:
    print("TypeError", e)
C.__add__ = lambda self, o: C(self.v + o.v)
print((a + b).v)
C.__repr__ = lambda self: "C<%d>" % self.v
print(a, [b])
C.__len__ = lambda self: self.v * 3
print(len(b), bool(C(0)))
C.__eq__ = lambda self, o: isinstance(o, C) and self.v == o.v
print(C(5) == C(5), C(5) != C(6))
C.__hash__ = lambda self: self.v
print(len({C(1), C(1), C(2)}))
C.__getitem__ = lambda self, i: self.v * i
print(b[10])
C.__iter__ = lambda self: iter(range(self.v))
print(list(C(3)))
C.__call__ = lambda self, x: x + self.v
print(a(100))
del C.__add__
try:
    a + b
except TypeError as e:
    print("TypeError", e)
del C.__repr__
print(repr(a).startswith("<C object"))
class Sub(C):
    pass
s = Sub(4)
print(len(s), s[2], s(1))
C.__neg__ = lambda self: "neg %d" % self.v
print(-s)
Sub.__neg__ = lambda self: "sub neg"
print(-s, -a)
del Sub.__neg__
print(-s)
C.__bool__ = lambda self: False
print(bool(a), bool(s))
