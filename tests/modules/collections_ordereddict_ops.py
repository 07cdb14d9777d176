from collections import OrderedDict
od = OrderedDict(zip("cab", range(3)))
print(list(od), od["a"])
od["c"] = 10
print(list(od.items()))
od.pop("a")
print(list(od.keys()), len(od))
od2 = OrderedDict(sorted({"z": 1, "m": 2, "a": 3}.items()))
print(od2)
print(OrderedDict() == {}, od2 == OrderedDict([("a", 3), ("m", 2), ("z", 1)]))
