print(all([]), all([1, 2]), all([1, 0]), all("abc"), all(x > 0 for x in range(1, 5)))
print(any([]), any([0, 0]), any([0, 1]), any(""), any(x > 3 for x in range(5)))
seen = []
def check(v):
    seen.append(v)
    return v
print(any(check(x) for x in [0, 0, 5, 0, 7]), seen)
seen.clear()
print(all(check(x) for x in [1, 2, 0, 3]), seen)
try:
    all(5)
except TypeError as e:
    print("TypeError", e)
