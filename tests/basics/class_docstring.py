# oracle: source-only
"""module doc"""
# A class's (and the module's) leading string becomes __doc__; functions get none.
print(__doc__)
class A:
    "doc"
    def f(self):
        "not stored"
        return 1
print(A.__doc__, A().__doc__, A().f())
class C:
    """multi
    line"""
    x = 1
print(C.__doc__)
class D:
    "a" "b"
print(D.__doc__)
class B:
    x = 1
    "not first"
print(hasattr(B, "__doc__"))
class N:
    1
print(hasattr(N, "__doc__"))
class Y:
    b"bytes"
print(hasattr(Y, "__doc__"))
def g():
    "fdoc"
print(hasattr(g, "__doc__"))
