def documented(a, b=1):
    "docstring here"
    return a + b
print(documented.__name__, documented(1))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, (lambda: 0).__name__)
class C:
    def method(self):
        pass
print(C.method.__name__, C().method.__name__ if hasattr(C().method, "__name__") else "method")
import sys
f = sys.exit
print(callable(f), type(f).__name__)
