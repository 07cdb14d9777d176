class A:
    pass
r = repr(A())
print(r.startswith("<"), "A object at" in r)
print(str(A) == repr(A), repr(A))
class B:
    def __repr__(self):
        return "B!"
print(B(), [B()], str(B()))
class E(Exception):
    pass
print(repr(E("x")), str(E("x")), E("a", "b"))
print(repr(int), repr(str), str(type(1)))
