# oracle: source-only
# __name__, __doc__, __module__, __qualname__, __class__ on classes, instances and methods
class Outer:
    """Outer doc."""
    class Inner:
        pass
    def meth(self):
        """meth doc"""
        return 1
o = Outer()
print(Outer.__name__, Outer.Inner.__name__, o.__class__.__name__, o.__class__ is Outer)
print(Outer.meth.__name__, o.meth.__name__ if hasattr(o.meth, "__name__") else "-")
for obj, attr in ((Outer, "__doc__"), (Outer, "__module__"), (Outer, "__qualname__"), (Outer.Inner, "__qualname__"),
                  (Outer.meth, "__doc__"), (o, "__doc__"), (o, "__module__"), (Outer, "__class__"), (o, "__name__"),
                  (int, "__name__"), (int, "__module__"), (len, "__name__"), (type, "__name__")):
    try:
        print(attr, repr(getattr(obj, attr)))
    except AttributeError as e:
        print(attr, "AttributeError", e)
print(type(o).__name__, type(Outer).__name__, Outer.__class__.__name__)
print(__name__)
def fn():
    pass
print(fn.__name__, (lambda: 0).__name__)
class Named:
    __name__ = "custom"
print(Named.__name__, Named().__name__)
