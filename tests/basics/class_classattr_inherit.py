class Base:
    registry = []
    counter = 0
    def __init__(self):
        type(self).counter += 1
        self.registry.append(type(self).__name__)
class A(Base):
    pass
class B(Base):
    counter = 100
A(); A(); B()
print(Base.counter, A.counter, B.counter, Base.registry)
print(A.registry is Base.registry)
class C(A):
    pass
print(C.counter, C.__name__, issubclass(C, Base))
