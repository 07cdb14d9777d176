# collections.OrderedDict through the dict API (views, get, |, |=, json, subclasses) and
# namedtuple field specs and equality across types
from collections import OrderedDict, namedtuple
import json
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
od = OrderedDict([("b", 1), ("a", 2)])
t("keys view", lambda: od.keys())
t("items view", lambda: od.items())
t("values view", lambda: od.values())
t("json", lambda: json.dumps(od))
t("copy type", lambda: type(od.copy()))
t("dict()", lambda: dict(od))
t("OD(od)", lambda: OrderedDict(od))
t("in", lambda: ("a" in od, "z" in od))
t("get", lambda: (od.get("a"), od.get("z"), od.get("z", 0)))
t("iter", lambda: [k for k in od])
t("reversed", lambda: list(reversed(od)))
t("or", lambda: od | {"c": 3})
t("str", lambda: str(od))
t("eq itself", lambda: od == od)
t("update kw", lambda: (od.update(c=3), od)[1])
t("del missing", lambda: od.__delitem__("zz"))
t("fromkeys type", lambda: type(OrderedDict.fromkeys("ab")))
t("len", lambda: len(od))
t("bool", lambda: bool(OrderedDict()))
t("sorted", lambda: sorted(od))
t("hash", lambda: hash(od))
t("nested repr", lambda: [OrderedDict(), {1: OrderedDict([(1, 1)])}])
N = namedtuple("N", " ".join("f%d" % i for i in range(12)))
n = N(*range(12))
t("big nt", lambda: n)
t("big nt attr", lambda: (n.f0, n.f11, n[5:7]))
t("nt with dict", lambda: namedtuple("D", "a")({"k": [1]}))
t("nt eq other nt", lambda: namedtuple("A", "x")(1) == namedtuple("B", "y")(1))
t("nt json", lambda: json.dumps(namedtuple("J", "a b")(1, "x")))
t("nt spaces", lambda: namedtuple("S", "  a   b  ")(1, 2))
t("nt commas", lambda: namedtuple("S", "a, b")(1, 2))
t("or list", lambda: od | [("z", 0)])
t("or bad", lambda: od | 5)
t("ror", lambda: {"q": 1} | od)
def ior():
    o = OrderedDict(x=1)
    o |= {"y": 2}
    return o
t("ior", ior)
class Sub(OrderedDict):
    pass
t("sub or", lambda: type(Sub(a=1) | {}).__name__)
t("sub or eq", lambda: (Sub(a=1) | {}) == OrderedDict(a=1))
