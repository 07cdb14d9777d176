t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(3))
print(t + (4,), t * 2, (1,) * 0, 2 in t, () == tuple())
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x * x for x in range(4)))
a, b, c = (7, 8, 9)
print(a, b, c)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
