# Generated differential-sweep program (str/bytes/dict/set/int/float edge cases) that found a bug.
d = {1.5: 0, frozenset(): 1, 33: 2, 100: 3, 1e20: 4, -1: 5, 0.25: 6, (1, 2): 7}
print(d)
print(list(d.items()))
print(d.popitem() if d else 0)
print(d)
