# calls with hundreds of arguments: counts past 255 wrap in the packed operand as in MicroPython
def f(*a, **k):
    return len(a), len(k)
def t(src):
    try:
        print(eval(src, {"f": f, "g": f}))
    except Exception as e:
        print(type(e).__name__, e)
for n in [255, 256, 257, 300]:
    t("f(" + ", ".join("k%d=%d" % (i, i) for i in range(n)) + ")")
    t("f(" + ", ".join(str(i) for i in range(n)) + ")")
    t("f(*[1], " + ", ".join("k%d=%d" % (i, i) for i in range(n)) + ")")
def u(src):
    try:
        g = {}
        exec(src, g)
        print(g.get("r"))
    except Exception as e:
        print(type(e).__name__, e)
for n in [255, 256, 300]:
    names = ", ".join("v%d" % i for i in range(n))
    u("a, *b, %s = range(%d)\nr = (a, len(b))" % (names, n + 5))
    if n < 256:
        u("%s, *b = range(%d)\nr = len(b)" % (names, n + 5))
