# shifts by large, boundary and invalid counts
for x in (0, 1, -1, 5, -5, 2**40, -(2**40), 2**100 + 1, -(2**100) - 1):
    for s in (0, 1, 15, 16, 31, 32, 33, 63, 64, 65, 100, 1000):
        r = x >> s
        l = x << s
        assert (l >> s) == x
        print(x, s, r, l if abs(l) < 2**80 else "long", l == x * 2**s)
for x in (0, 1, -1, 2**70, -(2**70)):
    for s in (2**31 - 1, 2**31, 2**32, 2**64, 2**100):
        try:
            print(x, "<<", s, x << s)
        except Exception as e:
            print(x, "<<", s, type(e).__name__, e)
        try:
            print(x, ">>", s, x >> s)
        except Exception as e:
            print(x, ">>", s, type(e).__name__, e)
for x in (1, 2**70):
    for s in (-1, -(2**70)):
        for op in ("<<", ">>"):
            try:
                print(eval("x %s s" % op))
            except Exception as e:
                print(x, op, s, type(e).__name__, e)
for bad in (1.0, "1", None, 1j):
    try:
        print(1 << bad)
    except TypeError as e:
        print("TypeError", e)
