# oracle: unix
# A key whose __hash__ disagrees with its __eq__: lookups compare every key along MicroPython's
# linear probe, so an "equal" key is found even under another hash.
class SE(str):
    def __eq__(self, o): return True
    def __hash__(self): return 1
class SH(str):
    def __hash__(self): return 12345
class TE(tuple):
    def __eq__(self, o): return True
    def __hash__(self): return 0
class FE(frozenset):
    def __hash__(self): return 3
def t(name, fn):
    try:
        r = fn()
        print(name, type(r).__name__, repr(r))
    except Exception as e:
        print(name, "EXC", type(e).__name__, e)
for name, mk in [("SE", lambda: SE("a")), ("SH", lambda: SH("a"))]:
    t(name + " dict", lambda: {"a": 1, 3: 2, 5: 5}.get(mk()))
    t(name + " key", lambda: {mk(): 1}.get("a"))
    t(name + " set", lambda: mk() in {"a", 3})
    t(name + " in key set", lambda: "a" in {mk(), 3})
    def upd():
        d = {mk(): 1, 7: 7}
        d["a"] = 2
        return len(d), d[7]
    t(name + " update", upd)
    def dl():
        d = {mk(): 1, 7: 7}
        del d["a"]
        return len(d)
    t(name + " del", dl)
t("TE in set", lambda: TE((1,)) in {(2,), 5})
t("TE dict", lambda: {(2,): 1}.get(TE((1,))))
t("FE set", lambda: FE({1}) in {frozenset({1})})
t("FE key", lambda: {FE({1}): 1}.get(frozenset({1})))
