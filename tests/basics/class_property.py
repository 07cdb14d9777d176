class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        print("set c", v)
        self._c = v
    @c.deleter
    def c(self):
        print("del c")
        self._c = None
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f)
del t.c
print(t.c)
try:
    t.f = 1
except AttributeError as e:
    print("AttributeError", e)
class P2:
    def get(self):
        return "got"
    x = property(get)
print(P2().x, type(P2.__dict__["x"]).__name__)
