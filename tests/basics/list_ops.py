a = [1, 2]
b = [3]
print(a + b, a * 3, 0 * a, [0] * 4, [[]] * 2)
print(a == [1, 2], a != b, a < b, [] < [0], [1, [2]] == [1, [2]])
print(1 in a, 3 not in a, len(a + b))
l = [5, 3, 8, 1]
print(sorted(l), sorted(l, reverse=True), sorted(l, key=lambda x: -x), l)
print(min(l), max(l), sum(l), list(reversed(l)))
n = [[1, 2], [3, 4]]
n[0][1] = 20
print(n, [x[:] for x in n])
print(list(), list((1, 2)), list({3: 4}), list(range(3)), list("hi"))
try:
    a + (1,)
except TypeError as e:
    print("TypeError", e)
