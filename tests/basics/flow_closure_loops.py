# closures created in loops: late binding, default-argument capture, cells per call
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])

fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])

def make(n):
    return [lambda: n * k for k in range(3)]
print([f() for f in make(5)])

def make2(n):
    return [(lambda k: lambda: n * k)(k) for k in range(3)]
print([f() for f in make2(5)])

# each call gets fresh cells
def counter(start):
    c = start
    def inc(step=1):
        nonlocal c
        c += step
        return c
    def get():
        return c
    return inc, get
i1, g1 = counter(0)
i2, g2 = counter(100)
i1(); i1(5); i2()
print(g1(), g2())

# while loop rebinding a captured variable
def seq():
    out = []
    x = 0
    while x < 3:
        out.append(lambda: x)
        x += 1
    return [f() for f in out]
print(seq())

# closure over loop variable after the loop ends
def after():
    fs = []
    for name in ["a", "b", "c"]:
        def f():
            return name
        fs.append(f)
    name = "changed"
    return [f() for f in fs]
print(after())

# closure over a variable assigned later
def later():
    def f():
        return v
    try:
        f()
    except NameError as e:
        print("NameError", e)
    v = 3
    return f()
print(later())

# closure capturing a parameter and modifying a mutable
def acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = acc()
print(add(1), add(2), items)

# closure cells shared by a generator
def gen_closure():
    total = 0
    def bump(n):
        nonlocal total
        total += n
    def g():
        for i in range(3):
            bump(i)
            yield total
    return g
print(list(gen_closure()()))
