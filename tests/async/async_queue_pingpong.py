class Wait:
    def __await__(self):
        yield
    __iter__ = __await__  # MicroPython awaits via iteration
queue = []
async def producer(n):
    for i in range(n):
        queue.append(i)
        print("produced", i)
        await Wait()
    queue.append(None)
async def consumer():
    got = []
    while True:
        while not queue:
            await Wait()
        item = queue.pop(0)
        if item is None:
            return got
        print("consumed", item)
        got.append(item * item)
tasks = [producer(3), consumer()]
results = {}
while tasks:
    for t in list(tasks):
        try:
            t.send(None)
        except StopIteration as e:
            results[tasks.index(t)] = e.value
            tasks.remove(t)
print(results)
