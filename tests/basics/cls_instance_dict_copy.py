# an instance's __dict__ is a read-only snapshot in MicroPython (objtype.c copies the members)
class A:
    cls_attr = 1
a = A()
d = a.__dict__
print(d, type(d).__name__, len(d), "cls_attr" in d)
for stmt in ("d['x'] = 1", "d.update(y=2)", "d.setdefault('z', 3)", "del d['q']", "d.pop('q', 0)",
             "d.clear()", "d.popitem()", "d |= {'a': 1}"):
    try:
        exec(stmt)
        print(stmt, "ok", d)
    except Exception as e:
        print(stmt, type(e).__name__, repr(str(e)))
b = A()
b.k = 1
b.m = [2]
snap = b.__dict__
b.n = 3
del b.k
print(sorted(snap.items()), sorted(b.__dict__.items()))
print(snap is b.__dict__, snap == {"k": 1, "m": [2]})
snap["m"].append(9)
print(b.m)
c = snap.copy()
c["new"] = 1
print(sorted(c), type(c).__name__)
try:
    print(vars(b))
except NameError:
    print("no vars() builtin")
class WithInit:
    def __init__(self):
        self.a, self.b = 1, 2
print(sorted(WithInit().__dict__.items()), dict(WithInit().__dict__) == {"a": 1, "b": 2})
print(list(A().__dict__.keys()), list(A().__dict__.values()))
print(A.__dict__["cls_attr"], "__init__" in A.__dict__)
