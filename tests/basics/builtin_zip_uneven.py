print(list(zip([1, 2, 3], "ab")), list(zip(range(2), range(5), range(3))))
a, b = zip(*[(1, "x"), (2, "y"), (3, "z")])
print(a, b)
print(dict(zip(["k1", "k2"], [1, 2, 3])))
print([x + y for x, y in zip([1, 2], [10, 20])])
def gen():
    for i in range(3):
        print("gen", i)
        yield i
print(list(zip(gen(), [0])))
