# int(float), float(int) and mixed arithmetic at the edges
for v in (0.0, -0.0, 0.9, -0.9, 1e15, 1e16 + 1, 2.0**53, 2.0**53 + 2, 2.0**62, 2.0**63, 2.0**64, -(2.0**63), 1e20, 1.5e300, -1e308):
    print(repr(v), int(v))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for i in (0, 1, -1, 2**53, 2**53 + 1, 2**63, 2**64 - 1, 10**20, 10**308, -(10**308)):
    print(i, float(i), float(i) == i)
for i in (10**309, -(10**309), 2**1024, 2**1023 * 3):
    try:
        print(float(i))
    except OverflowError as e:
        print("OverflowError", e)
for i in (2**1024, 10**400):
    for op in ("i + 1.0", "i * 0.5", "i / 1", "1.0 / i", "i < 1e308", "i == 1e308"):
        try:
            print(op, eval(op))
        except OverflowError as e:
            print(op, "OverflowError", e)
print(2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53, 10**16 == 1e16, 3 / 2, 4 / 2, -7 / 2, type(4 / 2))
