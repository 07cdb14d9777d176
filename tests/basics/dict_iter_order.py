d = {}
for k in ["z", "y", "x", "w", "b", "a"]:
    d[k] = len(d)
print(d)
print(list(d), [k for k in d], list(d.items())[:2])
del d["x"]
d["x"] = 99
print(d)
ints = {}
for i in (5, 3, 100, 1, 2 ** 40, -7):
    ints[i] = str(i)
print(ints, sorted(ints))
keys = d.keys()
print(len(keys), "a" in keys, "q" in keys)
print(sorted(d.values()))
