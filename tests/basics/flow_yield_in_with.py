# yields inside with blocks: the manager exits on exhaustion, close(), throw() and errors
log = []
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        return self.swallow

def gen(swallow=False):
    with CM("outer"):
        yield 1
        with CM("inner", swallow):
            yield 2
            yield 3
        yield 4

def report(label):
    print(label, log)
    log.clear()

print(list(gen()))
report("exhausted")

g = gen()
next(g); next(g)
g.close()
report("closed at 2")

g = gen()
next(g)
g.close()
report("closed at 1")

g = gen()
next(g); next(g)
try:
    g.throw(ValueError("t"))
except ValueError as e:
    print("ValueError", e)
report("thrown at 2")

g = gen(swallow=True)
next(g); next(g)
print(g.throw(KeyError))
report("swallowed at 2")
print(list(g))
report("rest")

# a with block around a yield from
def delegating():
    with CM("deleg"):
        r = yield from gen()
        log.append(("r", r))
    yield "after"
g = delegating()
print(next(g), next(g), next(g))
g.close()
report("deleg closed")

# exceptions raised by the manager's __exit__ during close
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("exit failed")
def bad():
    with BadExit():
        yield 1
g = bad()
next(g)
try:
    g.close()
except OSError as e:
    print("OSError", e)

# __exit__ arguments: type, value and traceback object (or None)
class Args:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit args:", t, type(v).__name__, v, tb is None)
        return True
with Args():
    pass
with Args():
    raise ValueError("with value")
