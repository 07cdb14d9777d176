# NaN keys: a dict finds the same NaN object, a set never finds one; sequences compare, never identity
nan = float("nan")
s = set(); s.add(nan); s.add(nan); print(len(s), nan in s)
s = {nan}; print(nan in s, s == {nan})
l = [nan]
print(l.count(nan))
print(nan in l, l == [nan], (nan,) == (nan,))
print((nan,).count(nan))
try:
    print(l.index(nan))
except ValueError as e: print(e)
try:
    l.remove(nan); print(l)
except ValueError as e: print(e)
d = {nan: 1}
print(nan in d, d.get(nan), nan in d.keys(), (nan, 1) in d.items(), 1 in d.values())
x = nan
print(x == x, x is x, [x] == [x], max(x, x) is x)
print(frozenset([nan, nan]), {1: nan} == {1: nan})
d = {float("nan"): 1, float("nan"): 2}
print(len(d), list(d.values()))
n = float("nan")
d = {n: 1}
d[n] = 2
print(len(d), d[n], d.pop(n), len(d))
s = {n}
s.discard(n)
print(len(s))
try:
    s.remove(n)
except KeyError:
    print("KeyError")
c = complex(n, 0)
print(c in {c}, c in {c: 0}, len({c, c}))
