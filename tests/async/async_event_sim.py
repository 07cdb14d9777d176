class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
class Event:
    def __init__(self):
        self.flag = False
    def set(self):
        self.flag = True
    async def wait(self):
        while not self.flag:
            await Yield()
ev = Event()
async def waiter(name):
    print(name, "waiting")
    await ev.wait()
    print(name, "released")
    return name
async def setter():
    for i in range(3):
        print("setter tick", i)
        await Yield()
    ev.set()
tasks = [waiter("w1"), setter(), waiter("w2")]
done = []
while tasks:
    for t in list(tasks):
        try:
            t.send(None)
        except StopIteration as e:
            done.append(e.value)
            tasks.remove(t)
print(done)
