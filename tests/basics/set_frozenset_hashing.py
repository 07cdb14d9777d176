s1 = frozenset([1, 2, 3])
s2 = frozenset([3, 2, 1])
print(s1 == s2, hash(s1) == hash(s2))
nested = {s1: "a"}
print(nested[s2])
ss = {frozenset(), frozenset([1]), frozenset([1])}
print(len(ss))
print(set([frozenset([1, 2])]) == {frozenset([2, 1])})
try:
    {set([1])}
except TypeError as e:
    print("TypeError", e)
