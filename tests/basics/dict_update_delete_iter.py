d = {i: i * i for i in range(10)}
for k in [k for k in d if k % 3 == 0]:
    del d[k]
print(sorted(d.items()))
d.update({1: "one"})
d.update(two=2)
print(d[1], d["two"], len(d))
keys = list(d.keys())
vals = list(d.values())
print(len(keys) == len(vals), all(d[k] == v for k, v in zip(keys, vals)))
try:
    d.update(5)
except TypeError as e:
    print("TypeError")
e = d.copy()
e[1] = "changed"
print(d[1], e[1])
