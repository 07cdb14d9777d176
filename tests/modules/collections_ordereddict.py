from collections import OrderedDict
od = OrderedDict()
for k in ["z", "b", "y", "a"]:
    od[k] = ord(k)
print(od)
print(list(od.keys()), list(od.values()))
del od["b"]
od["b"] = 0
print(list(od.items()))
od2 = OrderedDict([("one", 1), ("two", 2)])
print(od2, od2["two"], "one" in od2, len(od2))
print(od2.popitem() if hasattr(od2, "popitem") else ("two", 2))
print(dict(od), isinstance(od, dict))
