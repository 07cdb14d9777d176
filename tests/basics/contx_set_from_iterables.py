# set() and frozenset() from every kind of iterable; set comprehensions; repr of empties
print(set(), frozenset(), set([]), set(()), set(""), set(range(0)), frozenset(""))
print(sorted(set("mississippi")), sorted(set(b"abba")), sorted(set({3: 0, 1: 0})), sorted(set(range(5, 0, -1))))
print(sorted(set(x % 3 for x in range(10))), sorted({x * x for x in range(-3, 4)}), sorted(set(map(abs, [-1, 1, -2]))))
print(sorted(set({"a": 1}.items())), sorted(set({"a": 1, "b": 2}.values())), sorted(frozenset(zip("ab", "cd"))))
s = {frozenset([1]), frozenset([1, 2]), frozenset()}
print(len(s), frozenset([1]) in s, frozenset() in s, set() in s, frozenset([2, 1]) in s)
try:
    {set()}
except TypeError as e:
    print("TypeError", e)
try:
    set(5)
except TypeError as e:
    print("TypeError", e)
try:
    set([1], [2])
except TypeError as e:
    print("TypeError", e)
print(repr(set()), str(frozenset()), repr({1}), repr(frozenset({1})), type({1} | frozenset()).__name__)
