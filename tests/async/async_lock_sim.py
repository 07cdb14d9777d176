class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
class Lock:
    def __init__(self):
        self.locked = False
    async def acquire(self):
        while self.locked:
            await Yield()
        self.locked = True
    def release(self):
        self.locked = False
    async def __aenter__(self):
        await self.acquire()
    async def __aexit__(self, *a):
        self.release()
lock = Lock()
log = []
async def worker(name):
    for i in range(2):
        async with lock:
            log.append(name + "+")
            await Yield()
            log.append(name + "-")
        await Yield()
tasks = [worker("a"), worker("b")]
while tasks:
    for t in list(tasks):
        try:
            t.send(None)
        except StopIteration:
            tasks.remove(t)
print(" ".join(log))
