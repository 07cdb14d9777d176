for i, c in enumerate("abc", 10):
    print(i, c)
print(list(enumerate(range(3), start=-2)))
print(dict(enumerate(["x", "y"])))
e = enumerate([])
print(list(e), next(e, "done"))
print([(i, v) for i, v in enumerate(x * x for x in range(3))])
