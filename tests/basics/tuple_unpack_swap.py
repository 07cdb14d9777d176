a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = c, a, b = 1, 2, 3
print(a, b, c)
x = y = z = [0]
x.append(1)
print(y, z is x)
(p, q), r = "ab", "c"
print(p, q, r)
for i, (k, v) in enumerate({"a": 1}.items()):
    print(i, k, v)
t = 1, 2, 3
print(t, type(t).__name__)
first, *_ = t
print(first)
