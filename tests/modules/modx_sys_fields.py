# oracle: unix
# sys: fixed fields (maxsize, byteorder, implementation, version_info, platform-independent
# parts), exc_info inside and outside handlers, nested handlers
import sys
print(sys.maxsize in (2**31 - 1, 2**63 - 1), sys.maxsize + 1 > sys.maxsize, -sys.maxsize - 1 < 0, type(sys.maxsize).__name__, sys.byteorder)
print(sys.implementation.name, sys.implementation.version[:3], type(sys.implementation.version).__name__)
print(sys.version_info[:2], sys.version_info.major if hasattr(sys.version_info, "major") else "-", type(sys.version_info).__name__)
print(sys.version[:5], type(sys.argv).__name__, type(sys.path).__name__, type(sys.modules).__name__)
print(sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is None)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    print("after inner", sys.exc_info())
print(sys.exc_info())
def f():
    return sys.exc_info()
try:
    1 / 0
except ZeroDivisionError:
    print(f()[0].__name__)
print(f())
try:
    try:
        raise OSError(5)
    finally:
        print("finally", sys.exc_info()[0])
except OSError as e:
    print("caught", e)
print([n for n in ("maxsize", "byteorder", "exc_info", "print_exception", "exit", "stdin", "stdout", "stderr", "getsizeof", "intern", "float_info", "platform", "atexit", "settrace", "getrecursionlimit", "ps1") if hasattr(sys, n)])
