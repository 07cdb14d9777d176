# every dict method, on empty, small and mixed-key dicts
d = {"a": 1, 2: "b", (3, 4): [5], None: 0, 2.5: "f"}
print(len(d), d["a"], d[2], d[(3, 4)], d[None], d[2.5])
print(d.get("zz"), d.get("zz", 9), d.get(2), d.get(2.0), d.get(True), d.get((3, 4)))
c = d.copy()
print(c == d, c is d, c.pop("a"), c.pop("a", "dflt"), "a" in c, "a" in d)
try:
    c.pop("a")
except KeyError as e:
    print("KeyError", repr(e), e.args)
print(c.setdefault("n", []), c.setdefault("n", 5), c.setdefault(7), c[7])
print(sorted([repr(k) for k in d.keys()]), len(d.values()), len(d.items()))
e = {}
print(e.get(1), e.pop(1, None), e.setdefault(1, 2), e, e.copy(), dict(e))
e.clear()
print(e, len(e))
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
f = dict(a=1, b=2)
f.update({"c": 3}, d=4)
f.update([("e", 5), ["f", 6]])
f.update(g=7)
f.update()
print(sorted(f.items()))
for bad in ([1, 2], [(1, 2, 3)], 5, "ab"):
    try:
        f.update(bad)
        print("updated", bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(3), 0), dict.fromkeys(()))
try:
    print(d[[1]])
except TypeError as ex:
    print("TypeError", ex)
try:
    d[{}] = 1
except TypeError as ex:
    print("TypeError", ex)
del d[None]
print(None in d, len(d))
try:
    del d["missing"]
except KeyError as ex:
    print("KeyError", ex)
