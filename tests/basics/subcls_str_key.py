# oracle: unix
# A dict whose keys are all interned str compares keys by identity: a str subclass instance
# isn't found there (and adding one makes a second entry), though it is in a set or in a
# dict with other keys. Keys made at run time aren't interned, so such a dict finds it.
class S(str): pass
def t(name, fn):
    try:
        print(name, repr(fn()))
    except Exception as e:
        print(name, "EXC", type(e).__name__, e)
t("getitem", lambda: {"a": 1}[S("a")])
t("in", lambda: S("a") in {"a": 1})
t("in set", lambda: S("a") in {"a"})
t("key S", lambda: {S("a"): 1}["a"])
t("mixed", lambda: {"a": 1, 1: 2}[S("a")])
t("get", lambda: {"a": 1}.get(S("a")))
t("pop", lambda: {"a": 1}.pop(S("a"), 9))
t("setdefault", lambda: {"a": 1}.setdefault(S("a"), 9))
def add():
    d = {"a": 1}
    d[S("a")] = 2
    return d, len(d), d["a"], d[S("a")]
t("add", add)
def delete():
    d = {"a": 1}
    del d[S("a")]
    return d
t("del", delete)
t("eq", lambda: {"a": 1} == {S("a"): 1})
t("eq2", lambda: {S("a"): 1} == {"a": 1})
t("literal", lambda: {"a": 1, S("a"): 2})
t("keys", lambda: S("a") in {"a": 1}.keys())
t("items", lambda: (S("a"), 1) in {"a": 1}.items())
t("runtime keys", lambda: {"k%d" % i: i for i in range(3)}[S("k1")])
t("fromkeys", lambda: dict.fromkeys([S("a"), "a"]))
class I(int): pass
t("int key", lambda: {1: 1}[I(1)])
t("int in", lambda: I(1) in {1})
