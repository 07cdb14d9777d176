# float //, % and divmod across signs, zero and infinity
vals = [7.5, -7.5, 2.0, -2.0, 0.5, 1e300, -1e-300, 3, -3]
for a in vals:
    for b in vals:
        q = a // b
        r = a % b
        print(a, b, q, r, divmod(a, b) == (q, r))
inf = float("inf")
for a in (5.0, -5.0, 0.0, inf, -inf):
    for b in (inf, -inf, 3.0, -3.0):
        print(a, b, a // b, a % b)
for a in (1.0, 0.0, -1.0, 5):
    for b in (0.0, -0.0):
        for op in ("//", "%", "divmod", "/"):
            try:
                print(op, a, b, eval("divmod(a, b)" if op == "divmod" else "a %s b" % op))
            except ZeroDivisionError as e:
                print(op, a, b, "ZeroDivisionError", e)
print(-0.0 // 1.0, 0.0 % -1.0, -0.0 % 1.0, 1e308 // 1e-308, 5.5 % 2 ** 70, -5.5 % 2 ** 70)
