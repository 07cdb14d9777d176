# oracle: unix
# list.extend copies only an exact list directly (a subclass goes through its __iter__), and
# slice assignment takes only an exact list or tuple.
class L(list): pass
class T(tuple): pass
class LI(list):
    def __iter__(self): return iter([7, 8])
def t(name, fn):
    try:
        r = fn()
        print(name, type(r).__name__, repr(r))
    except Exception as e:
        print(name, "EXC", type(e).__name__, e)
def sa(v):
    x = [1, 2, 3]
    x[0:2] = v
    return x
t("sa list", lambda: sa([9]))
t("sa tuple", lambda: sa((9,)))
t("sa L", lambda: sa(L([9])))
t("sa T", lambda: sa(T((9,))))
t("sa LI", lambda: sa(LI([9])))
t("extend LI", lambda: (lambda x: (x.extend(LI([1])), x)[1])([]))
t("extend L", lambda: (lambda x: (x.extend(L([1])), x)[1])([0]))
def ia(x, y):
    x += y
    return x
t("+= LI", lambda: ia([0], LI([1])))
t("list(LI)", lambda: list(LI([1])))
t("max LI", lambda: max(LI([2, 1])))
t("sum LI", lambda: sum(LI([2, 1])))
