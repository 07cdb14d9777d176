class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
async def task(name, n):
    for i in range(n):
        print(name, i)
        await Yield()
    return name + " done"
queue = [task("x", 3), task("y", 1), task("z", 2)]
finished = []
while queue:
    t = queue.pop(0)
    try:
        t.send(None)
        queue.append(t)
    except StopIteration as e:
        finished.append(e.value)
print(finished)
