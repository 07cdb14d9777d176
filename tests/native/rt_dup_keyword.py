# oracle: unix, strip-native
# A keyword given twice through ** in native code fails as in bytecode: a Python function
# refuses the second, a builtin parsing keywords finds one too many, dict() keeps the last.
import micropython


def f(**kw):
    return sorted(kw.items())


def g(a, b=2):
    return a, b


class C:
    def m(self, **kw):
        return sorted(kw.items())


@micropython.native
def attempt(fn, extra):
    try:
        return fn(a=1, **extra)
    except TypeError as e:
        return "TypeError: " + str(e)


@micropython.native
def method(obj, extra):
    try:
        return obj.m(a=1, **extra)
    except TypeError as e:
        return "TypeError: " + str(e)


@micropython.native
def builtin_twice():
    try:
        return sorted([2, 1], key=None, **{"key": None})
    except TypeError as e:
        return "TypeError: " + str(e)


print(attempt(f, {"a": 2}))
print(attempt(f, {"b": 2}))
print(attempt(g, {"a": 2}))
print(attempt(g, {"b": 3}))
print(attempt(dict, {"a": 2}))
print(method(C(), {"a": 2}))
print(method(C(), {"c": 2}))
print(builtin_twice())
