# oracle: unix
# Subclasses of list, dict, set and frozenset as operands: only exact built-ins are taken on
# the right of +, |, <..., a dict subclass is read as pairs by dict()/update(), results of ops
# are native, and an in-place op leaves the native object (sharing the contents) in the name.
class L(list): pass
class D(dict): pass
class S(set): pass
class FS(frozenset): pass
def t(name, fn):
    try:
        r = fn()
        print(name, type(r).__name__, repr(r))
    except Exception as e:
        print(name, "EXC", type(e).__name__, e)
t("[0]+L", lambda: [0] + L([1]))
t("L+[0]", lambda: L([1]) + [0])
t("list(L)", lambda: list(L([1, 2])))
t("[1]==L", lambda: [1] == L([1]))
t("dict(D)", lambda: dict(D(a=1)))
t("dict(D,b)", lambda: dict(D(a=1), b=2))
t("D(D)", lambda: D(D(a=1)))
t("dict(D int)", lambda: dict(D({1: 2})))
t("d.update(D)", lambda: (lambda x: (x.update(D({5: 6})), x)[1])({1: 2}))
t("d|D", lambda: {1: 2} | D({3: 4}))
t("D|d", lambda: D({1: 2}) | {3: 4})
t("dict(**D)", lambda: dict(**D(a=1)))
t("s|S", lambda: {1} | S({2}))
t("S|s", lambda: S({1}) | {2})
t("s-S", lambda: {1, 2} - S({2}))
t("S-s", lambda: S({1, 2}) - {2})
t("S&s", lambda: S({1, 2}) & {2})
t("S^s", lambda: S({1, 2}) ^ {2, 3})
t("s<=S", lambda: {1} <= S({1, 2}))
t("S<=s", lambda: S({1}) <= {1, 2})
t("s==S", lambda: {1, 2} == S({1, 2}))
t("S==s", lambda: S({1, 2}) == {1, 2})
t("S.copy", lambda: S({1}).copy())
t("S.union", lambda: S({1}).union({2}))
t("S.difference", lambda: S({1, 2}).difference({2}))
t("s.union(S)", lambda: {1}.union(S({2})))
t("FS()", lambda: FS())
t("FS", lambda: FS({1}))
t("FS|fs", lambda: FS({1}) | frozenset({2}))
t("FS.copy", lambda: FS({1}).copy())
def inplace(x, y, op):
    z = x
    if op == "|":
        x |= y
    elif op == "-":
        x -= y
    elif op == "&":
        x &= y
    else:
        x += y
    return type(x).__name__, x is z, x, z
t("S|=", lambda: inplace(S({1}), {2}, "|"))
t("S-=", lambda: inplace(S({1, 2}), {2}, "-"))
t("S&=", lambda: inplace(S({1, 2}), {2}, "&"))
t("FS|=", lambda: inplace(FS({1}), frozenset({2}), "|"))
t("D|=", lambda: inplace(D(a=1), {"b": 2}, "|"))
t("L+=", lambda: inplace(L([1]), [2], "+"))
def shared():
    x = D(a=1)
    y = x
    x |= {"b": 2}
    x["c"] = 3
    del y["a"]
    return sorted(x.items()), sorted(y.items()), type(y).__name__
t("D shared", shared)
