# data vs non-data descriptors against the instance dict
class Data:
    def __get__(self, obj, owner):
        print("Data.get", type(obj).__name__, owner.__name__)
        return "data"
    def __set__(self, obj, value):
        print("Data.set", value)
class NonData:
    def __get__(self, obj, owner):
        print("NonData.get", type(obj).__name__)
        return "nondata"
class Del:
    def __get__(self, obj, owner):
        return "del-get"
    def __delete__(self, obj):
        print("Del.delete")
class C:
    d = Data()
    n = NonData()
    x = Del()
c = C()
print(c.d, c.n)
c.d = 5
c.n = 6
print(c.d, c.n)
print(c.__dict__)
del c.n
print(c.n)
del c.x
print(c.x)
print(type(C.d).__name__, type(C.n).__name__)
try:
    c.x = 1
    print("set on delete-only", c.x)
except AttributeError as e:
    print("AttributeError", e)
class Sub(C):
    pass
s = Sub()
print(s.d, s.n)
class Override(C):
    d = "plain"
print(Override().d)
class WithArgs:
    def __get__(self, *args):
        return len(args), args[0] is None, args[1].__name__
class H:
    w = WithArgs()
print(H().w)
print(H.w.__class__.__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, owner):
        self.n += 1
        return self.n
class K:
    c = Counter()
k = K()
print(k.c, k.c, k.c)
