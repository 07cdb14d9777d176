# //, % and divmod over every sign combination, small and long ints
vals = [1, 2, 3, 7, 10, 2**31 - 1, 2**31, 2**40 + 3, 2**64 + 5, 10**20 + 7]
for a in vals:
    for b in vals[::2]:
        for sa in (1, -1):
            for sb in (1, -1):
                x = sa * a
                y = sb * b
                q, r = divmod(x, y)
                assert q * y + r == x
                print(x, y, x // y, x % y, q, r)
for x in (0, 5, -5, 2**70, -(2**70)):
    for y in (0,):
        for op in ("//", "%", "divmod"):
            try:
                if op == "//":
                    x // y
                elif op == "%":
                    x % y
                else:
                    divmod(x, y)
            except ZeroDivisionError as e:
                print(op, x, "ZeroDivisionError", e)
