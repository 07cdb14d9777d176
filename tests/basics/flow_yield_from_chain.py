# yield from chains: send, throw and close pass through every level
log = []
def leaf(name):
    try:
        while True:
            x = yield name
            log.append((name, x))
            if x == "stop":
                return name + "-done"
    except ValueError as e:
        log.append((name, "VE", str(e)))
        yield name + "-recovered"
        return name + "-after"
    finally:
        log.append((name, "fin"))

def mid():
    r = yield from leaf("leaf")
    log.append(("mid got", r))
    r2 = yield from leaf("leaf2")
    return (r, r2)

def top():
    r = yield from mid()
    log.append(("top got", r))
    yield "top-end"

g = top()
print(next(g))
print(g.send(1))
print(g.send("stop"))
print(g.send("z"))
print(g.throw(ValueError("boom")))
print(next(g))
print(log)
log.clear()

g = top()
next(g)
g.close()
print("closed", log)
log.clear()

# delegating to non-generator iterators: send non-None fails
def deleg():
    yield from [1, 2, 3]
d = deleg()
print(next(d))
try:
    d.send(5)
except Exception as e:
    print(type(e).__name__)
print(list(d))

# yield from an exhausted generator
def ex():
    return "r"
    yield
def outer():
    a = yield from ex()
    b = yield from ex()
    yield a + b
print(list(outer()))

# depth
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    yield n
    return r + n
def collect(n):
    total = yield from depth(n)
    yield ("total", total)
print(list(collect(10)))
