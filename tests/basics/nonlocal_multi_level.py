def a():
    x = 1
    def b():
        def c():
            nonlocal x
            x += 100
            return x
        return c()
    r = b()
    return r, x
print(a())
def counters():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get
inc, get = counters()
inc(); inc(); inc()
print(get())
def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())
