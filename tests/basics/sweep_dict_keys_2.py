# Generated differential-sweep program (str/bytes/dict/set/int/float edge cases) that found a bug.
d = {'a': 0, 1: 1, 3: 2, (1,): 3, '\xe9': 4, -1: 5, 2.0**35: 6, frozenset(): 7, 2: 8, 'b': 9, None: 10, b'x': 11}
print(d.get('a'), d.setdefault(99, 'x'), d)
d.update({'a': 0, 1: 1, 3: 2, (1,): 3, '\xe9': 4, -1: 5, 2.0**35: 6, frozenset(): 7, 2: 8, 'b': 9, None: 10, b'x': 11})
print(d)
print(d.pop('a', 'no'), d)
