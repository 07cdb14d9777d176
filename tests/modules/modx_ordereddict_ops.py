# collections.OrderedDict: insertion order through updates, deletes, re-inserts, pop/popitem,
# setdefault, copy, fromkeys, equality with dicts, repr nesting
from collections import OrderedDict
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
od = OrderedDict()
for k in ("z", "a", "m", 3, 1, 2, (1, 2), None, 2.5):
    od[k] = str(k)
print(od)
print(list(od), list(od.keys()), list(od.values())[:3], list(od.items())[:2])
od["z"] = "Z"
print(list(od)[:3])
del od["z"]
od["z"] = "again"
print(list(od))
t("pop", lambda: od.pop("a"))
t("pop missing", lambda: od.pop("nope"))
t("pop default", lambda: od.pop("nope", 0))
t("popitem", lambda: od.popitem())
t("popitem2", lambda: od.popitem())
t("setdefault", lambda: od.setdefault("new", 5))
t("setdefault2", lambda: od.setdefault("new", 6))
print(od)
c = od.copy()
print(type(c).__name__, c == od, c is od)
c["x"] = 1
print(len(c), len(od))
t("fromkeys", lambda: OrderedDict.fromkeys("cab"))
t("fromkeys v", lambda: OrderedDict.fromkeys([3, 1, 2], 0))
t("eq dict", lambda: OrderedDict([(1, 2)]) == {1: 2})
t("eq order", lambda: OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)]))
t("init kw", lambda: OrderedDict(b=1, a=2))
t("init pairs", lambda: OrderedDict([("b", 1), ("a", 2), ("b", 3)]))
t("init dict", lambda: OrderedDict({"q": 1}))
t("init bad", lambda: OrderedDict([1, 2]))
t("update", lambda: (od.update([("u", 1), ("a", 2)]), list(od))[1])
t("nested", lambda: OrderedDict([("o", OrderedDict([(1, [])]))]))
t("empty", lambda: OrderedDict())
t("move_to_end", lambda: hasattr(od, "move_to_end"))
t("clear", lambda: (od.clear(), od)[1])
t("popitem empty", lambda: od.popitem())
t("isinstance", lambda: isinstance(OrderedDict(), dict))
t("keys in", lambda: "x" in c.keys())
