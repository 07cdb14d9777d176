# subclassing dict: __missing__ (not in MicroPython), overrides, views, construction
class D(dict):
    def keys_sorted(self):
        return sorted(self.keys())
d = D(b=2, a=1)
d["c"] = 3
print(d.keys_sorted(), d["a"], d.get("z", 0), len(d), "b" in d, type(d).__name__, isinstance(d, dict))
print(sorted(d.items()), sorted(d.values()), d == {"a": 1, "b": 2, "c": 3})
class Missing(dict):
    def __missing__(self, k):
        return "missing " + k
m = Missing(a=1)
try:
    print(m["a"], m["zz"])
except KeyError as e:
    print("KeyError", e)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["x"] = 1
print(u["X"], u["x"], list(u.keys()), u.get("x"), u.get("X"))
u.update(y=2)
print(sorted(u.items()))
u.setdefault("z", 3)
print(sorted(u.keys()))
class Counted(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.hits = 0
    def __getitem__(self, k):
        self.hits += 1
        return super().__getitem__(k)
c = Counted([("a", 1)])
c["a"]
c["a"]
print(c.hits, c, c.copy(), type(c.copy()).__name__)
print(D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__)
dd = D(x=1)
dd.pop("x")
print(dd, bool(dd))
try:
    dd.pop("x")
except KeyError as e:
    print("KeyError", e)
print(sorted(D({1: 2}, q=3).items(), key=str))
print(D([(1, 2)]) == {1: 2}, {1: 2} == D([(1, 2)]))
