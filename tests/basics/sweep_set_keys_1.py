# Generated differential-sweep program (str/bytes/dict/set/int/float edge cases) that found a bug.
s = set([1, frozenset(), '\xe9', 33, 1.5, 'zz', 2.0**35])
print(s, len(s))
s.discard(1)
print(s)
print(s | {1, 2}, s & {1}, s - {1}, s ^ {2, 3})
