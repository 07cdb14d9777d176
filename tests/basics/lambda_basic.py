sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a: a)(1, 2))
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))
print(list(map(lambda s: s[::1].upper(), ["a", "b"])))
print(sorted([(1, "b"), (0, "z")], key=lambda t: t[1]))
f = lambda n: 1 if n <= 1 else n * f(n - 1)
print(f(10), f(25))
print((lambda x: (lambda y: x + y))(3)(4))
print(type(sq).__name__)
