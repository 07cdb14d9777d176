class A:
    x = 1
    def f(self):
        pass
a = A()
a.y = 2
print(a.__dict__, "x" in A.__dict__, "f" in A.__dict__)
print(a.__class__ is A, a.__class__.__name__)
print(sorted(a.__dict__.items()))
