class Step:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        got = yield self.name
        return got
    __iter__ = __await__
async def leaf(i):
    v = await Step("leaf%d" % i)
    return v * 2
async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return a + b
async def top():
    return await middle() + 1
c = top()
req = c.send(None)
n = 0
try:
    while True:
        print("request", req)
        n += 10
        req = c.send(n)
except StopIteration as e:
    print("final", e.value)
