# nonlocal through several levels, shadowing, nonlocal in loops and generators
def outer():
    x = "outer"
    y = "y-outer"
    def middle():
        y = "y-middle"
        def inner():
            nonlocal x, y
            x = x + "+inner"
            y = y + "+inner"
            return x, y
        r = inner()
        return r, y
    r = middle()
    return r, x, y
print(outer())

def lvl():
    a = 0
    def l1():
        def l2():
            def l3():
                nonlocal a
                a += 1
                return a
            return l3() + l3()
        return l2()
    r = l1()
    return r, a
print(lvl())

def shadow():
    v = 1
    def f():
        v = 2
        def g():
            nonlocal v
            v *= 10
        g()
        return v
    return f(), v
print(shadow())

def loop_nl():
    total = 0
    def add(n):
        nonlocal total
        for i in range(n):
            total += i
    for n in range(5):
        add(n)
    return total
print(loop_nl())

def gen_nl():
    state = []
    def g():
        nonlocal state
        for i in range(3):
            state = state + [i]
            yield len(state)
    out = list(g())
    return out, state
print(gen_nl())

# compile errors for nonlocal misuse
srcs = [
    "def f():\n nonlocal x\n",
    "nonlocal x\n",
    "def f():\n x = 1\n def g():\n  x = 2\n  nonlocal x\n",
    "def f(x):\n global x\n",
    "def f():\n x = 1\n global x\n",
    "class C:\n nonlocal q\n",
]
for s in srcs:
    try:
        exec(s)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e)

# nonlocal in a class method referring to the function's variable
def cls():
    n = 0
    class K:
        def bump(self):
            nonlocal n
            n += 1
            return n
    k = K()
    k.bump(); k.bump()
    return n
print(cls())
