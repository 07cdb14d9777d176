# yield from over objects with their own send/throw/close, and StopIteration values
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("val%d" % self.n)
        return self.n
def g():
    r = yield from It()
    print("r =", r)
print(list(g()))
class WithSend:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.log.append(v)
        if len(self.log) > 3:
            raise StopIteration(tuple(self.log))
        return len(self.log)
def g2():
    r = yield from WithSend()
    yield ("r", r)
x = g2()
print(next(x), x.send("a"), x.send("b"), x.send("c"))
class WithThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def throw(self, *a):
        print("throw called with", [type(v).__name__ if not isinstance(v, type) else v.__name__ for v in a])
        raise StopIteration("thrown-out")
    def close(self):
        print("close called")
def g3():
    r = yield from WithThrow()
    yield ("r", r)
x = g3()
next(x)
print(x.throw(ValueError("v")))
x = g3()
next(x)
x.close()
class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
def g4():
    try:
        yield from NoThrow()
    except ValueError as e:
        yield "caught in g4 %s" % e
x = g4()
next(x)
print(x.throw(ValueError("v4")))
x = g4()
next(x)
x.close()
print("closed g4")
# StopIteration raised by the thrown-into iterator's throw
def g5():
    yield from iter([1, 2])
x = g5()
next(x)
try:
    x.throw(KeyError("k5"))
except KeyError as e:
    print("KeyError", e)
# yield from a generator which returns StopIteration instance
def inner():
    return StopIteration("si")
    yield
def g6():
    r = yield from inner()
    yield type(r).__name__, r.args
print(list(g6()))
# yield from with a send of non-None to a list iterator
def g7():
    yield from [1, 2, 3]
x = g7()
next(x)
try:
    x.send(5)
except Exception as e:
    print(type(e).__name__, e)
