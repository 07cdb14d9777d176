# sets of mixed element types: numbers that are equal, strings, tuples, None
s = {1, 1.0, True, 2, 2.0, "2", (2,), None, 0, False, 0.0, -0.0, 3 + 0j}
print(len(s), sorted(repr(x) for x in s))
print(1 in s, 1.0 in s, True in s, "2" in s, (2,) in s, [2] in [[2]], 3 in s, 3.0 in s)
t = set("hello") | set(b"hi") | {1.5, -1}
print(len(t), sorted(repr(x) for x in t))
print({2**30, 2.0**30}, {-1, -1.0, -2}, {2**64} == {2.0**64})
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    {1}.add({2})
except TypeError as e:
    print("TypeError", e)
try:
    {1} | {frozenset([1]), (1, [2])}
except TypeError as e:
    print("TypeError", e)
print({frozenset([1, 2]), frozenset([2, 1])}, {(1, 2), (1, 2.0)}, {"a", "a" + ""})
