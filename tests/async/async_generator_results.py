class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
async def produce(n):
    out = []
    for i in range(n):
        await Yield()
        out.append(i * i)
    return out
def drive(c):
    steps = 0
    try:
        while True:
            c.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
print(drive(produce(0)), drive(produce(3)))
