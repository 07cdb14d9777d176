# ranges with bounds at the machine-word limits: construction, len, indexing, contains
for args in ((2**31 - 1,), (2**31,), (-(2**31) + 1, 2**31 - 1), (0, 2**31 - 1, 3), (2**40,), (0, 10, 2**31), (-(2**31),), (2**30, -(2**30) + 2, -1)):
    try:
        r = range(*args)
    except OverflowError as e:
        print(args, "OverflowError", e)
        continue
    try:
        print(r, len(r))
    except OverflowError as e:
        print(r, "len OverflowError", e)
    for src in ("r[0]", "r[-1]", "bool(r)", "r.stop", "r[::2][-1]", "r[1:][0]", "len(r[::2])", "list(r[-3:])"):
        try:
            print(" ", src, eval(src))
        except IndexError as e:
            print(" ", src, "IndexError", e)
r = range(0, 20000, 7)
print(7 * 1000 in r, 7 * 1000 + 1 in r, -7 in r, 2**14 in r, 2**40 in r, 1.0 in range(3), "a" in range(3), True in range(2))
print(range(0) == range(5, 1), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1, 2) != range(1, 3))
print(range(5) == [0, 1, 2, 3, 4], range(2**30) == range(0, 2**30, 1), range(1, 2**30, 2**29)[1])
for i in (2**30, 2**31, -(2**31) - 1, 2**70):
    try:
        print(i, range(10)[i])
    except (IndexError, OverflowError, TypeError) as e:
        print(i, type(e).__name__, e)
