# a running generator cannot be resumed from inside itself; states before and after
def selfref():
    yield g.send(None)

g = selfref()
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(list(g))

def selfnext():
    yield 1
    yield next(h)
h = selfnext()
print(next(h))
try:
    next(h)
except ValueError as e:
    print("ValueError", e)

def selfthrow():
    try:
        yield k.throw(KeyError)
    except ValueError as e:
        yield "caught " + str(e)
k = selfthrow()
try:
    print(next(k))
except ValueError as e:
    print("ValueError", e)

def selfclose():
    yield m.close()
m = selfclose()
try:
    next(m)
except ValueError as e:
    print("ValueError", e)

# generators driving each other in a ring is fine as long as none re-enters itself
def ping(n):
    for i in range(n):
        yield "ping %d" % i
def pong(src):
    for s in src:
        yield s.replace("ping", "pong")
print(list(pong(ping(3))))

# a generator exhausted by an exception stays exhausted
def bad():
    yield 1
    raise OSError("fail")
    yield 2
b = bad()
print(next(b))
try:
    next(b)
except OSError as e:
    print("OSError", e)
print(list(b), next(b, "exhausted"))

# a generator that swallowed an exception thrown in keeps going
def tough():
    while True:
        try:
            yield "alive"
        except Exception as e:
            print("swallowed", type(e).__name__)
t = tough()
next(t)
for exc in (ValueError, KeyError, ZeroDivisionError):
    print(t.throw(exc))
t.close()
print(next(t, "closed"))
