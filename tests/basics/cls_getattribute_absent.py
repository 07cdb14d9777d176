# MicroPython has no __getattribute__ hook: defining it changes nothing for attribute access
class G:
    x = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        return "intercepted"
g = G()
print(g.x)
try:
    print(g.y)
except AttributeError as e:
    print("AttributeError", e)
print(g.__getattribute__("x"))
class H:
    def __getattribute__(self, name):
        return 42
    def __getattr__(self, name):
        return "getattr " + name
h = H()
print(h.anything)
print(hasattr(object, "__getattribute__"), hasattr(G, "__getattribute__"))
class Slots:
    __slots__ = ("a",)
s = Slots()
s.a = 1
s.b = 2
print(s.a, s.b)
