d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" not in d)
print(d.get("a"), d.get("z"), d.get("z", 0))
del d["b"]
print(d, list(d.keys()), list(d.values()), list(d.items()))
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("c", 99), d.setdefault("new", 7), d)
k, v = d.popitem()
print(k, v, len(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
