class CM:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        self.log.append("enter")
        return 5
    async def __aexit__(self, *exc):
        self.log.append("exit")
async def f(log):
    async with CM(log) as v:
        return v * 2
log = []
c = f(log)
try:
    c.send(None)
except StopIteration as e:
    print(e.value, log)
