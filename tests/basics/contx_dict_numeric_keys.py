# dict keys that compare equal across int, float, bool and complex
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, len(d))
d[0] = "zero"
d[-0.0] = "negzero"
d[False] = "false"
print(d, len(d), d[0.0], d.get(0j))
e = {2**20: "a", 2.0**20: "b", 2**29: "c", 2.0**29: "d", 0.5: "e", -1: "f", -1.0: "g"}
print(len(e), e[2**20], e[2**29], e[1 / 2], e[-1])
print(list(e.keys()))
for k in (1.5, 2.5, 1e16, 1e-16, -7.25, 1e300):
    e[k] = k
print(len(e), [repr(k) for k in e])
print({i * 0.5: i for i in range(8)})
print({x: None for x in (3, 3.0, 3 + 0j, True, 1.0, 0, False)})
