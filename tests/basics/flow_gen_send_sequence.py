# generator send(): priming, values flowing both ways, exhaustion, errors
def echo():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            break
        got.append(x)
    return got

g = echo()
print(g.send(None))
for v in [1, "a", (2, 3), [], 0, -1, 10**20]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.args, e.value)
try:
    g.send(5)
except StopIteration as e:
    print("again", e.args)

# sending non-None to a just-started generator
def simple():
    yield 1
    yield 2
for first in [1, "x", 0, False, [], ()]:
    g = simple()
    try:
        g.send(first)
    except TypeError as e:
        print("TypeError", repr(first), e)
g = simple()
print(next(g), g.send("ignored"))
try:
    g.send(1)
except StopIteration as e:
    print("done", e.args)

# accumulate running averages
def averager():
    total = 0
    n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
a = averager()
next(a)
print([a.send(x) for x in range(1, 8)])

# send into a generator that yields inside an expression
def exprs():
    a = (yield 1) + (yield 2)
    b = [(yield 3), (yield 4)]
    yield a, b
e = exprs()
print(next(e), e.send(10), e.send(20), e.send("p"), e.send("q"))
try:
    next(e)
except StopIteration:
    print("exprs done")
