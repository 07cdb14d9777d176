# return values of generators: StopIteration.value/args, yield from result, various types
def ret(v):
    yield "x"
    return v

for v in [None, 0, 1, "s", (1, 2), [3], {"k": 1}, 2**70, -5, 1.5, (), ((),)]:
    g = ret(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(v), "->", repr(e.value), e.args)

def wrapper(v):
    r = yield from ret(v)
    print("inner returned", repr(r))
    return ("wrapped", r)

for v in [None, 7, (1,)]:
    g = wrapper(v)
    print(list(g))
    g = wrapper(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("outer value", e.value)

# return without value and empty generator
def empty():
    return
    yield
print(list(empty()))
try:
    next(empty())
except StopIteration as e:
    print("empty", e.args, e.value)

# return inside try/finally
def tf():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs")
g = tf()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

# finally overriding return
def override():
    try:
        yield 1
        return "a"
    finally:
        return "b"
g = override()
next(g)
try:
    next(g)
except StopIteration as e:
    print("override", e.value)

# StopIteration raised manually as return from a helper
def sum_of(it):
    total = 0
    for x in it:
        total += x
        yield total
    return total
def driver():
    t = yield from sum_of(range(5))
    u = yield from sum_of([t, t])
    return t, u
print(list(driver()))
d = driver()
while True:
    try:
        next(d)
    except StopIteration as e:
        print("driver", e.value)
        break
