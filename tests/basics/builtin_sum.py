print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum((0.5, 0.25)))
print(sum([[1], [2, 3]], []), sum(x * x for x in range(5)), sum([2 ** 70, 1]))
print(sum([True, True, 1]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
