# io.IOBase as a base class: construction, attributes, other bases.
import io

print(io.IOBase())
print(type(io.IOBase()).__name__, io.IOBase.__bases__)
print(sorted(k for k in dir(io.IOBase) if not k.startswith("__")))


class A(io.IOBase):
    def __init__(self, v):
        self.v = v


a = A(3)
print(a.v, isinstance(a, io.IOBase), repr(a).startswith("<A object at"))


class B(A):
    def ioctl(self, req, arg):
        return req + arg


print(B(1).ioctl(3, 4), isinstance(B(2), A))
try:

    class C(io.IOBase, dict):
        pass

except TypeError as e:
    print("TypeError", e)
print(io.open is open)
