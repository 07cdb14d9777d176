# nested classes, class decorators, classes made in functions (closures)
seen = []
def register(cls):
    seen.append(cls.__name__)
    cls.registered = True
    return cls
@register
class A:
    class Inner:
        def hello(self):
            return "inner hello"
    def make(self):
        return A.Inner()
print(A.registered, seen, A().make().hello(), type(A.Inner()).__name__)
def replace(cls):
    return "replaced " + cls.__name__
@replace
class B:
    pass
print(B)
def add_method(name):
    def deco(cls):
        setattr(cls, name, lambda self: name + " on " + type(self).__name__)
        return cls
    return deco
@add_method("greet")
@add_method("wave")
class C:
    pass
print(C().greet(), C().wave())
def factory(v):
    class Made:
        value = v
        def get(self):
            return v * 2
    return Made
M1, M2 = factory(1), factory("x")
print(M1.value, M2.value, M1().get(), M2().get(), M1 is M2, M1.__name__)
class Outer:
    x = 10
    class Mid:
        y = 20
        class Deep:
            z = 30
print(Outer.Mid.Deep.z, Outer.Mid.y)
class Scope:
    a = 1
    b = [a * i for i in range(3)] if False else None
    c = a + 1
print(Scope.c)
try:
    class Bad:
        val = 5
        doubled = [val * 2 for _ in range(2)]
except NameError as e:
    print("NameError", e)
