# method resolution in multiple inheritance: MicroPython's depth-first search
class O:
    def m(self):
        return "O"
    def only_o(self):
        return "only_o"
class A(O):
    pass
class B(O):
    def m(self):
        return "B"
class C(A, B):
    pass
print(C().m(), C().only_o())
class X:
    def f(self):
        return "X.f"
class Y:
    def f(self):
        return "Y.f"
    def g(self):
        return "Y.g"
class Z(X, Y):
    pass
class W(Y, X):
    pass
print(Z().f(), Z().g(), W().f(), W().g())
print(isinstance(Z(), X), isinstance(Z(), Y), issubclass(Z, (int, Y)), issubclass(W, O))
print([k.__name__ for k in Z.__bases__], [k.__name__ for k in C.__bases__])
class P1:
    attr = "P1"
class P2:
    attr = "P2"
    other = "P2.other"
class P3(P1):
    pass
class Q(P3, P2):
    pass
print(Q.attr, Q.other, Q().attr)
P1.attr = "P1 changed"
print(Q.attr)
del P1.attr
print(Q.attr)
class I1:
    def __init__(self):
        print("I1 init")
        super().__init__()
class I2:
    def __init__(self):
        print("I2 init")
        super().__init__()
class I3(I1, I2):
    def __init__(self):
        print("I3 init")
        super().__init__()
I3()
class S1:
    def __str__(self):
        return "S1"
class S2:
    def __repr__(self):
        return "S2"
class S3(S2, S1):
    pass
class S4(S1, S2):
    pass
print(str(S3()), str(S4()), repr(S4()).startswith("<"))
try:
    class Dup(X, X):
        pass
    print("dup ok", Dup().f())
except TypeError as e:
    print("TypeError", e)
