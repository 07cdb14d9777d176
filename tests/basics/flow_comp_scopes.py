# comprehension scopes: loop variables do not leak, class bodies, nested comprehensions
x = "global-x"
print([x for x in range(3)], x)
print({x: x * 2 for x in "ab"}, x)
print({x % 3 for x in range(10)}, x)
print(list(x for x in (1, 2)), x)

def f():
    y = 10
    return [y + i for i in range(3)], [[y * i + j for j in range(2)] for i in range(2)]
print(f())

# first iterable evaluated in the enclosing scope, the rest inside
def g():
    n = 3
    return [(a, b) for a in range(n) for b in range(a)]
print(g())

# class body: names in the class are not visible inside the comprehension (except first iterable)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    k = 5
    try:
        bad = [k for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)

# comprehension capturing in lambdas
fs = [lambda: i for i in range(3)]
print([h() for h in fs])
fs = [(lambda j: lambda: j)(i) for i in range(3)]
print([h() for h in fs])

# nested comprehension shadowing the same name
print([[x for x in range(x)] for x in range(4)])

# comprehension with conditions on several levels
print([(i, j) for i in range(5) if i % 2 for j in range(i) if j != 1])

# walrus from a comprehension binds in the enclosing function
def w():
    [last := v for v in range(4)]
    return last
print(w())

# dict comprehension key/value evaluation order
order = []
def k(v):
    order.append(("k", v))
    return v
def val(v):
    order.append(("v", v))
    return v
d = {k(i): val(i) for i in range(2)}
print(d, order)

# generator expression evaluates the first iterable immediately
def src():
    print("src evaluated")
    return [1, 2]
ge = (v for v in src())
print("created")
print(list(ge))
try:
    (v for v in 5)
except TypeError as e:
    print("TypeError", e)
