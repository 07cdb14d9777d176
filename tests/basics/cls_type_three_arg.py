# type(name, bases, dict) builds classes; type(x) introspection
def init(self, v):
    self.v = v
Foo = type("Foo", (), {"x": 1, "__init__": init, "get": lambda self: self.v, "__repr__": lambda self: "Foo(%r)" % self.v})
f = Foo(5)
print(f, f.get(), f.x, Foo.__name__, type(f) is Foo, isinstance(f, Foo))
Bar = type("Bar", (Foo,), {"x": 2, "extra": staticmethod(lambda: "static")})
b = Bar(6)
print(b, b.x, b.get(), Bar.extra(), issubclass(Bar, Foo), Bar.__bases__ == (Foo,))
E = type("E", (ValueError,), {})
try:
    raise E("made by type")
except ValueError as e:
    print(type(e).__name__, e)
I = type("I", (int,), {"double": lambda self: self * 2})
print(I(4).double(), I(4) + 1)
Empty = type("Empty", (), {})
print(Empty.__name__, type(Empty()).__name__, Empty.__bases__)
for args in ((), ("A",), ("A", ()), ("A", (), {}, 1), (1, (), {}), ("A", 1, {}), ("A", (), 1), ("A", (1,), {})):
    try:
        r = type(*args)
        print(len(args), "->", r if not isinstance(r, type) or r in (str, tuple) else r.__name__)
    except Exception as e:
        print(len(args), type(e).__name__, e)
print(type(1), type("s"), type(None), type(type), type(Foo), type(print).__name__, type(len).__name__)
print(type(1) is int, type(True) is bool, type(True) is int, type(1.0).__name__, type([]) == list)
C = type("C", (object,), {"__slots__": (), "v": 0})
print(C.v, C().v)
