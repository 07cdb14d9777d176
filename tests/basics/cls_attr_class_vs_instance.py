# class attributes vs instance attributes: shadowing, shared mutables, deletion, lookup order
class C:
    shared = []
    n = 0
    def bump(self):
        self.n += 1
        return self.n
a, b = C(), C()
a.shared.append(1)
b.shared.append(2)
print(C.shared, a.shared is b.shared)
print(a.bump(), a.bump(), b.bump(), C.n, a.n, b.n)
a.shared = ["own"]
print(a.shared, b.shared, C.shared)
del a.shared
print(a.shared)
try:
    del a.shared
except AttributeError as e:
    print("AttributeError", e)
C.n = 100
print(a.n, b.n, C().n)
C.new_attr = "added later"
print(a.new_attr, hasattr(b, "new_attr"))
del C.new_attr
print(hasattr(a, "new_attr"))
try:
    del C.new_attr
except AttributeError as e:
    print("AttributeError", e)
def method(self):
    return "late method of %s" % type(self).__name__
C.late = method
print(a.late(), C.late(b))
a.inst_fn = method
try:
    print(a.inst_fn())
except TypeError as e:
    print("TypeError", e)
print(a.inst_fn(a))
class D(C):
    n = -1
d = D()
print(d.n, d.bump(), D.n, C.n)
print(getattr(d, "shared") is C.shared, getattr(D, "n"), getattr(C, "zz", "default"))
for obj in (a, C, d):
    try:
        obj.missing
    except AttributeError as e:
        print("AttributeError", e)
setattr(C, "via_setattr", 5)
print(d.via_setattr)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
