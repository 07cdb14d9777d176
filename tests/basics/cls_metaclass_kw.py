# metaclass= and class keyword arguments as MicroPython supports them
class Meta(type):
    pass
try:
    class A(metaclass=Meta):
        pass
    print("metaclass ok", type(A).__name__)
except Exception as e:
    print(type(e).__name__, e)
class WithKw:
    def __init_subclass__(cls, flag=None, **kw):
        print("subclass", cls.__name__, flag, sorted(kw))
try:
    class B(WithKw, flag=1):
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class C(WithKw, flag=2, other=3):
        pass
except Exception as e:
    print(type(e).__name__, e)
print(type(type), type(int), type(WithKw), isinstance(WithKw, type), issubclass(type, object))
class T(type):
    def extra(cls):
        return "extra"
try:
    X = T("X", (), {})
    print(type(X).__name__, X.__name__)
except Exception as e:
    print(type(e).__name__, e)
