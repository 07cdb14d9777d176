# dict views: iteration, len, membership, set operations, repr
d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), len(v), len(it))
print(1 in k, 4 in k, "a" in v, "z" in v, (1, "a") in it, (1, "b") in it, [1, "a"] in it)
d[4] = "d"
print(list(k), list(v), list(it))
del d[1]
print(sorted(k), sorted(v), sorted(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
for op in ("k | {9}", "k & {2, 3, 99}", "k - {2}", "k ^ {2, 100}", "k == {2, 3, 4}", "k == [2, 3, 4]", "it | {(7, 8)}", "v | {1}", "k < {2, 3, 4, 5}", "k <= k", "{2} < k", "k.union([1])", "k.isdisjoint([9])"):
    try:
        r = eval(op)
        print(op, sorted(r) if isinstance(r, set) else r)
    except Exception as e:
        print(op, type(e).__name__, e)
print(list(iter(k)), reversed(k) if False else "-", list(zip(d.keys(), d.values()))[:2])
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
