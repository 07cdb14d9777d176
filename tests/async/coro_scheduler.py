class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks
    __iter__ = __await__  # MicroPython awaits via iteration
class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
    def spawn(self, coro, name):
        self.queue.append((self.now, name, coro))
    def run(self):
        while self.queue:
            self.queue.sort(key=lambda t: (t[0], t[1]))
            when, name, coro = self.queue.pop(0)
            self.now = when
            try:
                delay = coro.send(None)
                self.queue.append((self.now + delay, name, coro))
            except StopIteration as e:
                print("t=%d %s finished -> %r" % (self.now, name, e.value))
loop = Loop()
async def worker(name, step, count):
    for i in range(count):
        print("t=%d %s step %d" % (loop.now, name, i))
        await Sleep(step)
    return name.upper()
loop.spawn(worker("a", 3, 3), "a")
loop.spawn(worker("b", 2, 4), "b")
loop.run()
