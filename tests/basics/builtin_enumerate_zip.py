print(list(enumerate("abc")), list(enumerate([10, 20], 1)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip("xy", [1, 2])):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3])), list(zip("abc", range(10), [True, False])))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
e = enumerate(["q"], start=-1)
print(next(e))
print(dict(zip(range(3), "abc")), list(zip(*[(1, "a"), (2, "b")])))
