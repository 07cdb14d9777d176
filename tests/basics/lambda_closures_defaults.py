fs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in fs])
make = lambda k: lambda v: v + k
print(make(1)(1), make("a")("b"))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda *a, **k: (len(a), sorted(k)))(1, 2, z=3))
print(list(filter(lambda s: s, ["", "a", None, "b"])))
