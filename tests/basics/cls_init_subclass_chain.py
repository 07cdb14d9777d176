# __init_subclass__: called for subclasses (not the class itself), chaining, registries
class Base:
    registry = []
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
        Base.registry.append(cls.__name__)
print("defined Base")
class A(Base):
    pass
class B(A):
    pass
class C(Base):
    def __init_subclass__(cls):
        print("C's hook for", cls.__name__)
        super().__init_subclass__()
class D(C):
    pass
print(Base.registry)
class Plugin:
    plugins = {}
    def __init_subclass__(cls, **kw):
        name = getattr(cls, "name", cls.__name__.lower())
        Plugin.plugins[name] = cls
class Csv(Plugin):
    name = "csv"
class Json(Plugin):
    pass
print(sorted(Plugin.plugins))
class Counted:
    count = 0
    def __init_subclass__(cls):
        cls.count = 0
        Counted.count += 1
class X(Counted): pass
class Y(Counted): pass
class Z(X): pass
print(Counted.count, X.count, Z.count)
class Raises:
    def __init_subclass__(cls):
        raise TypeError("no subclasses of " + cls.__name__)
try:
    class Bad(Raises):
        pass
except TypeError as e:
    print("TypeError", e)
class Static:
    @classmethod
    def __init_subclass__(cls):
        print("explicit classmethod", cls.__name__)
class S1(Static):
    pass
class M1:
    def __init_subclass__(cls):
        print("M1 hook", cls.__name__)
class M2:
    def __init_subclass__(cls):
        print("M2 hook", cls.__name__)
class Both(M1, M2):
    pass
