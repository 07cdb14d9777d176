# subset / superset comparisons between sets and frozensets
sets = [set(), {1}, {1, 2}, {2, 3}, {1, 2, 3}, frozenset([1, 2]), frozenset()]
for a in sets:
    row = []
    for b in sets:
        row.append("%d%d%d%d%d" % (a < b, a <= b, a > b, a >= b, a == b))
    print(sorted(a), " ".join(row))
for a, b in (({1}, [1]), ({1}, (1,)), ({1}, None), ({1}, "1")):
    for op in ("<", "<=", ">", ">="):
        try:
            print(a, op, repr(b), eval("a %s b" % op))
        except TypeError as e:
            print(a, op, repr(b), "TypeError", e)
print({1} == [1], {1} != (1,), set() == 0, sorted({3, 1, 2}), max({3, 1, 2}), min(frozenset("zab")))
