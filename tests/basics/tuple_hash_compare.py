t1 = (1, "a", 2.5, None, (3,))
t2 = (1, "a", 2.5, None, (3,))
print(t1 == t2, t1 is t2 or True, hash(t1) == hash(t2))
d = {t1: "tuple key"}
print(d[t2])
print((1, 2) < (1, 2, 3), (1, 3) > (1, 2, 9), () < (0,), (0,) == (0.0,))
print(sorted([(2, 1), (1, 2), (1, 1), (2,)]))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
print(tuple(sorted({(3, 4), (1, 2)})))
