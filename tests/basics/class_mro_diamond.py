class O:
    def hello(self):
        return ["O"]
class A(O):
    def hello(self):
        return ["A"] + super().hello()
class B(O):
    def hello(self):
        return ["B"] + super().hello()
class C(A, B):
    def hello(self):
        return ["C"] + super().hello()
print(C().hello())
class D(B, A):
    pass
print(D().hello())
print(isinstance(C(), B), issubclass(D, A))
