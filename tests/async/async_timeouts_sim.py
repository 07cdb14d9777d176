class Sleep:
    def __init__(self, t):
        self.t = t
    def __await__(self):
        yield ("sleep", self.t)
    __iter__ = __await__
class Cancelled(Exception):
    pass
async def slow():
    try:
        for i in range(10):
            await Sleep(1)
            print("slow tick", i)
        return "finished"
    except Cancelled:
        print("slow was cancelled")
        raise
def run_with_timeout(coro, limit):
    t = 0
    try:
        while True:
            op, d = coro.send(None)
            t += d
            if t >= limit:
                coro.throw(Cancelled())
    except StopIteration as e:
        return e.value
    except Cancelled:
        return "timed out at %d" % t
print(run_with_timeout(slow(), 3))
print(run_with_timeout(slow(), 100))
