# frozenset construction, methods, hashing and results' types
f = frozenset([3, 1, 2])
g = frozenset("ab")
print(f, g, frozenset(), frozenset(f) is f, type(frozenset(f)).__name__)
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__, type(f & g).__name__, type(f - f).__name__)
print(f.union([4]), f.intersection({1, 2}), f.difference([1]), f.symmetric_difference({1, 7}), f.copy() is f)
print(f.issubset({1, 2, 3, 4}), f.issuperset([1]), f.isdisjoint(g), f == {1, 2, 3}, {1, 2, 3} == f)
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])), {f: "x"}[frozenset({1, 2, 3})])
for m in ("add", "remove", "discard", "pop", "clear", "update"):
    print(m, hasattr(f, m))
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError", e)
h = f
h |= {100}
print(h, f, h is f)
print(sorted(frozenset(range(10)) - frozenset(range(0, 10, 3))), len(frozenset([1, 1.0, True])))
