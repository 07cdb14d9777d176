class Desc:
    def __get__(self, obj, owner):
        if obj is None:
            return "class access"
        return "instance access %s" % obj.name
    def __set__(self, obj, value):
        print("Desc.__set__", value)
        obj.stored = value
    def __delete__(self, obj):
        print("Desc.__delete__")
class Owner:
    attr = Desc()
    def __init__(self, name):
        self.name = name
o = Owner("o1")
print(o.attr)
o.attr = 5
print(o.stored)
del o.attr
class NonData:
    def __get__(self, obj, owner):
        return 42
class U:
    nd = NonData()
u = U()
print(u.nd)
u.nd = "shadow"
print(u.nd)
