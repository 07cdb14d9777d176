# StopIteration values from generators and iterators; StopIteration inside generators
def g(ret):
    yield 1
    return ret
for ret in (None, 0, "done", (1, 2), [3]):
    it = g(ret)
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print(repr(ret), e.args, repr(e.value))
def outer():
    r = yield from g("inner result")
    print("outer got", r)
    return "outer result"
it = outer()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("outer stop", e.value)
def leaks():
    yield 1
    raise StopIteration("explicit")
try:
    print(list(leaks()))
except Exception as e:
    print(type(e).__name__, e)
def calls_next():
    it = iter([])
    yield next(it)
try:
    print(list(calls_next()))
except Exception as e:
    print(type(e).__name__, e)
e = StopIteration("a", "b")
print(e.value, e.args)
e = StopIteration()
print(e.value, e.args)
class MyStop(StopIteration):
    pass
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise MyStop("custom")
print(list(It()), [x for x in It()])
it = g(5)
print(next(it), next(it, "default"), next(it, "again"))
def sendg():
    x = yield "first"
    return x * 2
s = sendg()
next(s)
try:
    s.send(21)
except StopIteration as e:
    print("send stop", e.value)
