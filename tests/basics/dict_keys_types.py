d = {}
d[1] = "int"
d["1"] = "str"
d[(1,)] = "tuple"
d[1.5] = "float"
d[None] = "none"
d[frozenset([1])] = "frozenset"
d[b"1"] = "bytes"
d[2 ** 65] = "bigint"
for k in (1, "1", (1,), 1.5, None, frozenset([1]), b"1", 2 ** 65):
    print(repr(k), d[k])
print(len(d), True in d, 1.0 in d, b"1" in d, "2" in d)
