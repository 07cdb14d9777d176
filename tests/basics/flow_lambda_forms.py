# lambda forms: defaults, keyword-only, star args, nesting, conditional bodies
l1 = lambda: "none"
l2 = lambda a, b=2: (a, b)
l3 = lambda *a, **k: (a, sorted(k.items()))
l4 = lambda a, *, k=1: (a, k)
l5 = lambda *, req: req
print(l1(), l2(1), l2(1, 3), l2(b=5, a=4))
print(l3(), l3(1, 2, x=3, y=4))
print(l4(1), l4(1, k=9))
print(l5(req="r"))
for call in [lambda: l2(), lambda: l4(1, 2), lambda: l5(), lambda: l1(1), lambda: l2(1, a=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# defaults evaluated once at definition
base = [0]
f = lambda acc=base: acc.append(len(acc)) or acc
print(f(), f(), base)
base = [99]
print(f())

# lambda in default of lambda
g = lambda x, h=lambda y: y * 2: h(x) + 1
print(g(5), g(5, lambda y: -y))

# immediately invoked and nested lambdas
print((lambda x: (lambda y: x + y))(3)(4))
add = lambda a: lambda b: lambda c: a + b + c
print(add(1)(2)(3))

# conditional expressions and boolean ops in the body
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 7)])
first = lambda *xs: xs and xs[0] or None
print(first(), first(0, 1), first(5))

# lambda names and repr shape
print(l1.__name__, (lambda: 0).__name__)

# lambdas as sort keys and in map/filter
data = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(data, key=lambda t: -t[0]))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda v: v % 3, range(10))))

# lambda with unpacking arguments
pairs = [(1, 2), (3, 4)]
print(list(map(lambda p: p[0] + p[1], pairs)))
print((lambda *a: len(a))(*range(20)))
print((lambda **k: len(k))(**{str(i): i for i in range(7)}))
