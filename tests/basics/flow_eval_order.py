# order of evaluation: assignments, calls, subscripts, dict displays, augmented assignment
log = []
def t(v, tag=None):
    log.append(tag if tag is not None else v)
    return v
def show(label):
    print(label, log)
    log.clear()

t(1) + t(2) * t(3)
show("binop")
t([0, 0, 0], "list")[t(1, "idx")] = t(9, "val")
show("subscript store")
d = {t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display")
[t(1), t(2), t(3)]
show("list display")
(t("a"), t("b"))
show("tuple")
{t(3), t(4)}
show("set")
t(max, "func")(t(1, "arg1"), t(2, "arg2"), key=t(abs, "kw"))
show("call")

class O:
    pass
o = O()
t(o, "obj").attr = t(5, "value")
show("attr store")

x = [1, 2]
x[t(0, "i")] += t(10, "inc")
show("aug subscript")
o.n = 1
t(o, "o").n += t(2, "two")
show("aug attr")

a, b = t(1, "first"), t(2, "second")
show("tuple assign")
a = b = t(7, "shared")
show("chained assign")

t(1, "l") < t(2, "m") < t(3, "r")
show("chain")
t(0, "x") and t(1, "y")
show("and")
t(0, "x") or t(1, "y") or t(2, "z")
show("or")
t("yes") if t(True, "cond") else t("no")
show("ifexp")

def f(a=t(1, "default a"), b=t(2, "default b")):
    pass
show("defaults")

[t(i, "elt%d" % i) for i in range(t(2, "range"))]
show("listcomp")
print(*(t(i) for i in range(2)), sep=t(",", "sep"))
show("print args")
s = t("abc", "seq")[t(0, "lo"):t(2, "hi")]
show("slice")
t(dict, "callee")(**{t("k", "key"): t("v", "value")})
show("star kwargs")
