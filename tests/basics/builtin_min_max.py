print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min((1, "a"), (1, "b")))
print(max([], default="empty"), min([], default=None), max([1, 7, 3], default=0))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max(-1, -5, key=abs), min(range(10), key=lambda x: (x - 4) ** 2))
print(max(1, 2.5), min(2 ** 70, 2 ** 69), max("a", "B"))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min(1)
except TypeError as e:
    print("TypeError", e)
print(max([3, 1, 3], key=lambda v: v), max({1: "a", 5: "b"}))
