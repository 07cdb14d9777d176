# subclassing tuple: __new__ with arguments, properties, hashing, immutability
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
try:
    p = Point(1, 2)
    print(p, p.x, p.y, len(p), p + Point(3, 4), type(p + Point(3, 4)).__name__)
except TypeError as e:
    print("TypeError", e)
class T(tuple):
    pass
t = T([1, 2, 3])
print(t, repr(t), t[1:], type(t[1:]).__name__, t == (1, 2, 3), hash(t) == hash((1, 2, 3)), {t: "v"}[(1, 2, 3)])
print(t + (4,), type(t + (4,)).__name__, t * 2, t * 0, t.index(2), t.count(1), 3 in t, list(t), sorted(t, reverse=True))
a, b, c = t
print(a, b, c, T(), bool(T()), bool(t), T("ab"))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
t.attr = "ok"
print(t.attr)
class Named(tuple):
    fields = ("a", "b")
    def __getattr__(self, name):
        if name in self.fields:
            return self[self.fields.index(name)]
        raise AttributeError(name)
n = Named((5, 6))
print(n.a, n.b, n)
try:
    n.c
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(t, tuple), issubclass(T, tuple), max(T((3, 9, 1))), T((1, 2)) < (1, 3))
