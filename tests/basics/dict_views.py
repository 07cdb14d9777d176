d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it)
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, val)
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
