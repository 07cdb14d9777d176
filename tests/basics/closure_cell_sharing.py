def make():
    v = []
    def add(x):
        v.append(x)
    def get():
        return list(v)
    return add, get
add, get = make()
add(1)
add(2)
print(get())
def rebind():
    x = 1
    def read():
        return x
    x = 2
    return read
print(rebind()())
def counter_pair():
    n = [0]
    def inc():
        n[0] += 1
    return inc, (lambda: n[0])
inc, val = counter_pair()
inc(); inc()
print(val())
