# __new__: returning instances, other types, subclasses, singletons; __init__ skip rules
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
x = Single(1)
y = Single(2)
print(x is y, x.v)
class RetOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(RetOther(), type(RetOther()).__name__)
class Base:
    def __init__(self):
        print("Base.init")
class Maker:
    def __new__(cls):
        return Base()
    def __init__(self):
        print("Maker.init")
print(type(Maker()).__name__)
class WithArgs:
    def __new__(cls, a, b=2):
        o = object.__new__(cls)
        o.sum = a + b
        return o
print(WithArgs(1).sum, WithArgs(1, 5).sum, WithArgs(b=1, a=1).sum)
try:
    WithArgs()
except TypeError as e:
    print("TypeError", e)
class Parent:
    def __new__(cls, *a):
        print("Parent.new", cls.__name__, a)
        return super().__new__(cls)
class Child(Parent):
    def __init__(self, v):
        print("Child.init", v)
Child(3)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
class InitOnly:
    def __init__(self):
        pass
try:
    InitOnly(1)
except TypeError as e:
    print("TypeError", e)
class InitRet:
    def __init__(self):
        return 5
try:
    InitRet()
except TypeError as e:
    print("TypeError", e)
class NewStatic:
    @staticmethod
    def __new__(cls):
        return "static new " + cls.__name__
print(NewStatic())
class IntNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
try:
    print(IntNew(21), type(IntNew(1)).__name__)
except TypeError as e:
    print("TypeError", e)
class ListNew(list):
    def __new__(cls, *a):
        print("ListNew.new", a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("ListNew.init", a)
        super().__init__(*a)
print(ListNew([1, 2]), type(ListNew()).__name__)
