f = frozenset([1, 2, 3])
g = frozenset((3, 4))
print(sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g))
print(type(f | g).__name__, type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, hash(f) == hash(frozenset([3, 2, 1])), 2 in f)
d = {f: "frozen"}
print(d[frozenset([1, 2, 3])])
print(frozenset(), len(frozenset("abcab")), f.issubset({1, 2, 3, 4}))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
print(sorted({frozenset([1]), frozenset([1]), frozenset([2])}, key=lambda s: min(s)))
