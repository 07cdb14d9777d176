print({5, 3, 1}, {100, 200, 300, 1})
print({0, 8, 16, 1, 9}, {-1, -2, 3})
s = set()
for i in range(20, 0, -3):
    s.add(i)
print(s)
print(set(range(10)), {2 ** 40, 1, 2})
print(frozenset([3, 2, 1]))
