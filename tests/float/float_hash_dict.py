d = {}
d[1.0] = "one"
d[1] = "int one"
d[0.5] = "half"
d[2.0 ** 40] = "big"
print(d[1.0], d[0.5], len(d), d[2.0 ** 40])
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0), hash(2.5) == hash(2.5))
s = {1.0, 1, 2, 2.0, 0.5}
print(sorted(s), len(s))
print(0.0 in {0}, 1.5 in {1, 2})
