# keyword-only arguments: required, defaulted, after *args and bare *
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=9), f(a=1, b=2))
for call in [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, b=3), lambda: f(b=2), lambda: f(1, b=2, d=4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

def g(*args, key=None, reverse=False):
    return sorted(args, key=key, reverse=reverse)
print(g(3, 1, 2), g(3, 1, 2, reverse=True), g("bb", "a", "ccc", key=len))

def h(*, x=1, y=2, **rest):
    return x, y, sorted(rest.items())
print(h(), h(y=5, z=6), h(**{"x": 0, "w": 1}))

# keyword-only defaults are evaluated at definition time, in order
order = []
def dv(name):
    order.append(name)
    return name
def k(p=dv("p"), *, q=dv("q"), r=dv("r")):
    return p, q, r
print(order, k(), k(q="Q"))

# required kw-only after optional positional
def m(a=1, *, b):
    return a, b
print(m(b=2), m(5, b=6))
try:
    m()
except TypeError as e:
    print("TypeError", e)

# kw-only arguments in methods and lambdas
class C:
    def meth(self, *, opt="o"):
        return opt
    @staticmethod
    def st(*, v):
        return v
print(C().meth(), C().meth(opt="x"), C.st(v=3))
try:
    C().meth("pos")
except TypeError as e:
    print("TypeError", e)

# kw-only with closures
def outer(n):
    def inner(*, scale=n):
        return scale * 2
    return inner
print(outer(4)(), outer(4)(scale=1))

# many kw-only arguments
def many(*, a0=0, a1=1, a2=2, a3=3, a4=4, a5=5, a6=6, a7=7, a8=8, a9=9):
    return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9
print(many(), many(a9=100), many(**{"a%d" % i: i * 10 for i in range(10)}))
