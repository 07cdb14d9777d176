# comparisons between ints (small and long) and floats near precision limits
pairs = [(2**53, 2.0**53), (2**53 + 1, 2.0**53), (2**63, 2.0**63), (2**64 - 1, 2.0**64), (10**20, 1e20), (-(2**53) - 1, -(2.0**53)), (1, 1.0000000000000002), (0, -0.0), (2**1000, 1e300), (-(2**1000), -1e300), (3, 3.5), (-3, -3.5), (2**30, 1073741824.0)]
for i, f in pairs:
    print(i, repr(f), i == f, i != f, i < f, i <= f, i > f, i >= f, f == i, f < i, f > i)
inf = float("inf")
nan = float("nan")
for i in (0, 2**70, -(2**70), 10**400 if False else 2**2000):
    print(i < inf, i > -inf, i == inf, i == nan, i < nan, i > nan, inf > i)
print(1 == 1.0, 2**70 == 2.0**70, 2**70 + 1 == 2.0**70, hash(2**70) == hash(2.0**70))
print(max(2**53 + 1, 2.0**53), min(2.0**53, 2**53 + 1), sorted([2.0**53, 2**53 + 1, 2**53 - 1]))
