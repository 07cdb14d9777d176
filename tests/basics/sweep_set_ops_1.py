# Generated differential-sweep program (str/bytes/dict/set/int/float edge cases) that found a bug.
s = set([100, True, 2.0, 'k', (1, 2)])
print(s, len(s))
s.discard(100)
print(s)
print(s | {1, 2}, s & {1}, s - {1}, s ^ {2, 3})
