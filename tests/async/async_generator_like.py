class Pause:
    def __await__(self):
        yield
    __iter__ = __await__  # MicroPython awaits via iteration
class AsyncRange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        await Pause()
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def total():
    s = 0
    async for v in AsyncRange(5):
        if v == 4:
            continue
        s += v
    return s
c = total()
n = 0
try:
    while True:
        c.send(None)
        n += 1
except StopIteration as e:
    print("sum", e.value, "suspensions", n)
