class A:
    cls_var = 1
    def method(self):
        pass
a = A()
a.inst = 2
names = dir(a)
print("cls_var" in names, "method" in names, "inst" in names, "__class__" in names)
print(getattr(a, "inst"), getattr(a, "cls_var"), getattr(a, "nope", None))
try:
    getattr(a, "nope")
except AttributeError as e:
    print("AttributeError", e)
setattr(a, "new", [1])
print(a.new, hasattr(a, "new"), hasattr(a, "nope"))
delattr(a, "new")
print(hasattr(a, "new"))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
import sys
print("argv" in dir(sys))
