# property: getter/setter/deleter via decorators and property(), errors, inheritance, docs
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        print("get x")
        return self._x
    @x.setter
    def x(self, v):
        print("set x", v)
        self._x = v
    @x.deleter
    def x(self):
        print("del x")
        self._x = None
    @property
    def ro(self):
        return "read-only"
    def _g(self):
        return "g"
    def _s(self, v):
        print("s", v)
    both = property(_g, _s)
    getonly = property(_g)
    setonly = property(None, _s)
    nothing = property()
p = P()
p.x = 5
print(p.x)
p.x += 1
print(p.x)
del p.x
print(p.x)
print(p.ro, p.both, p.getonly)
p.both = 9
p.setonly = 3
for stmt in ("p.ro = 1", "del p.ro", "p.getonly = 2", "print(p.setonly)", "print(p.nothing)", "p.nothing = 1", "del p.both"):
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "AttributeError", e)
print(type(P.x).__name__, type(P.__dict__["x"]).__name__)
class Q(P):
    @P.x.getter
    def x(self):
        return "Q's x"
q = Q()
print(q.x)
q.x = 7
print(q._x)
class R(P):
    @property
    def ro(self):
        return type(super().ro).__name__
print(R().ro)
class Raises:
    @property
    def bad(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
try:
    print(Raises().bad)
except AttributeError as e:
    print("AttributeError", e)
class Lazy:
    @property
    def val(self):
        print("compute")
        return 42
l = Lazy()
print(l.val, l.val)
try:
    l.__dict__["val"] = 1
    print(l.val)
except Exception as e:
    print(type(e).__name__, e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError", e)
pr = property(lambda s: 1)
print(pr.setter(lambda s, v: None) is pr, type(pr.getter(None)).__name__)
