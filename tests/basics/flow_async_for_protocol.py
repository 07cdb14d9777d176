# async for over hand-written async iterators, driven by a tiny runner
class Tick:
    def __await__(self):
        yield "tick"
    __iter__ = __await__

class ARange:
    def __init__(self, n, fail_at=None):
        self.n = n
        self.i = 0
        self.fail_at = fail_at
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i == self.fail_at:
            raise KeyError(self.i)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return ticks, e.value

async def collect(n):
    out = []
    async for x in ARange(n):
        out.append(x)
    return out
for n in [0, 1, 5]:
    print(run(collect(n)))

async def with_else(n, stop):
    out = []
    async for x in ARange(n):
        if x == stop:
            out.append("break")
            break
        if x % 2:
            continue
        out.append(x)
    else:
        out.append("else")
    return out
print(run(with_else(6, 4)))
print(run(with_else(6, 99)))

async def failing():
    got = []
    try:
        async for x in ARange(5, fail_at=2):
            got.append(x)
    except KeyError as e:
        got.append(("KeyError", e.args))
    return got
print(run(failing()))

async def nested():
    out = []
    async for a in ARange(3):
        async for b in ARange(a):
            out.append((a, b))
    return out
print(run(nested()))

# async for over something without __aiter__
async def bad():
    async for x in [1, 2]:
        pass
try:
    run(bad())
except AttributeError as e:
    print("AttributeError", e)

# StopAsyncIteration is an Exception
print(issubclass(StopAsyncIteration, Exception))
