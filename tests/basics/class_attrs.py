class C:
    cls_attr = [1]
    def __init__(self):
        self.inst = "i"
c1 = C()
c2 = C()
c1.cls_attr.append(2)
print(c2.cls_attr, C.cls_attr)
c1.cls_attr = ["own"]
print(c1.cls_attr, c2.cls_attr)
C.new = "added"
print(c1.new, hasattr(C, "inst"), hasattr(c1, "inst"))
setattr(c2, "dyn", 5)
print(c2.dyn, getattr(c2, "dyn"))
delattr(c2, "dyn")
print(hasattr(c2, "dyn"))
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
def method(self):
    return "late method " + self.inst
C.m = method
print(c1.m())
