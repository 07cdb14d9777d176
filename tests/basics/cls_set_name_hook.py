# __set_name__ on class-body attributes
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return "value of " + self.name
class A:
    first = Named()
    second = Named()
    plain = 3
a = A()
print(a.first, a.second)
class B(A):
    third = Named()
print(B().third, B().first)
class Multi:
    n = Named()
    alias = n
print(Multi.n.name)
later = Named()
class C:
    pass
C.late = later
print(hasattr(later, "name"))
class Err:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class D:
        e = Err()
except Exception as e:
    print(type(e).__name__, e)
