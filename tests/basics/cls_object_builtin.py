# object(): instances, object.__new__/__init__, attribute limits, comparisons
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), repr(o).startswith("<object"))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
for args in ((1,), ((), {}) if False else (1, 2)):
    try:
        object(*args)
    except TypeError as e:
        print("TypeError", e)
class A:
    def __init__(self, x):
        self.x = x
a = object.__new__(A)
print(type(a).__name__, hasattr(a, "x"))
A.__init__(a, 5)
print(a.x)
for bad in (int, object, 5):
    try:
        object.__new__(bad)
    except TypeError as e:
        print("TypeError", e)
print(object.__init__(a) is None)
try:
    o < object()
except TypeError as e:
    print("TypeError", e)
print(hash(o) == hash(o), len({o, o}), bool(o))
print(issubclass(A, object), A.__bases__, object.__bases__ if hasattr(object, "__bases__") else "-")
