# coroutine objects: send/throw/close at each stage, awaiting twice, return values
class Wait:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got
    __iter__ = __await__

async def worker(log):
    try:
        a = await Wait("first")
        log.append(("a", a))
        b = await Wait("second")
        log.append(("b", b))
        return a + b
    except ValueError as e:
        log.append(("caught", str(e)))
        c = await Wait("recover")
        return "recovered %s" % c
    finally:
        log.append("finally")

log = []
c = worker(log)
print(c.send(None), c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print("result", e.value, log)

log = []
c = worker(log)
c.send(None)
print(c.throw(ValueError("bad")))
try:
    c.send("x")
except StopIteration as e:
    print("result", e.value, log)

log = []
c = worker(log)
c.send(None)
c.close()
print("closed", log)
try:
    c.send(None)
except StopIteration:
    print("send after close: StopIteration")

# a finished coroutine cannot be resumed
async def quick():
    return 1
c = quick()
try:
    c.send(None)
except StopIteration as e:
    print("quick", e.value)
try:
    c.send(None)
except StopIteration:
    print("again: StopIteration")

# awaiting the same coroutine object twice
async def inner():
    return "inner"
async def outer():
    co = inner()
    first = await co
    try:
        second = await co
    except Exception as e:
        second = type(e).__name__
    return first, second
c = outer()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# throwing into an unstarted coroutine
c = worker([])
try:
    c.throw(KeyError("unstarted"))
except KeyError as e:
    print("KeyError", e)

# coroutine type checks
print(type(quick()).__name__, hasattr(quick(), "send"), hasattr(quick(), "__next__"))
