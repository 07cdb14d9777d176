# Intersection keeps the other operand's items, in its order; frozenset hashes decide order.
print({1} & {True}, {True} & {1}, {1, 2} & {True, 2.0})
print({1}.intersection({True}), {1}.intersection([True, True]), {1, 2, 3}.intersection([3, 2.0]))
s = {1}
s &= {True}
print(s)
s = {1, 2}
s.intersection_update([True])
print(s)
s = {1, 2}
print(s & s, s.intersection(s))
print({1} | {True}, {True} - {1}, {True} ^ {2})
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset(['a'])))
print({frozenset(): 1, 1.5: 2, 'zz': 3, frozenset([1]): 4, 33: 5, (1,): 6})
print(set([frozenset([i]) for i in range(6)]))
