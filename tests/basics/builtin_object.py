o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(issubclass(int, object), issubclass(object, object))
class C(object):
    pass
print(isinstance(C(), object), type(C()).__name__)
print(object.__name__ if hasattr(object, "__name__") else "object")
