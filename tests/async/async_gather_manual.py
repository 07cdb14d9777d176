class Pause:
    def __await__(self):
        yield
    __iter__ = __await__  # MicroPython awaits via iteration
async def job(name, n):
    total = 0
    for i in range(n):
        total += i
        print(name, "iteration", i)
        await Pause()
    return name, total
def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        still = []
        for idx, c in pending:
            try:
                c.send(None)
                still.append((idx, c))
            except StopIteration as e:
                results[idx] = e.value
        pending = still
    return results
print(gather(job("A", 2), job("B", 3), job("C", 1)))
