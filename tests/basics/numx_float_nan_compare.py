# NaN and infinity in comparisons, containers and builtins
nan = float("nan")
inf = float("inf")
for a in (nan, inf, -inf, 0.0, 1, 2**70):
    for b in (nan, inf, -inf, 0.0, 1):
        print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
print(nan is nan, nan == nan, [nan] == [nan], (nan,) == (nan,), nan in [nan], nan in (1, nan))
print({nan: 1}.get(nan), len({nan, nan}), len({float("nan"), float("nan")}))
print(max(1, nan), max(nan, 1), min(1, nan), min(nan, 1), max(inf, 2**100), min(-inf, -(2**100)))
print(sorted([3, 1, 2]), sorted([inf, -inf, 0.0, 1]))
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / 2**70, 0.0 * -1, -0.0 == 0.0)
print(abs(-inf), abs(nan), -nan, int(inf > 2**1000), inf == 2**1000, 2**1000 < inf)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1.0) == hash(1), hash(0.5))
print(bool(nan), bool(0.0), bool(-0.0), nan != nan)
