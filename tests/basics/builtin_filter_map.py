print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2])), type(map(abs, [])).__name__, type(filter(None, [])).__name__)
m = map(lambda v: v + 1, [1, 2])
print(next(m), next(m), next(m, "done"))
def noisy(v):
    print("map", v)
    return v
it = map(noisy, [1, 2, 3])
print("lazy so far")
print(next(it))
