class Yield:
    def __await__(self):
        yield "tick"
    __iter__ = __await__  # MicroPython awaits via iteration
async def failing():
    await Yield()
    raise ValueError("inside coroutine")
async def catcher():
    try:
        await failing()
    except ValueError as e:
        print("caught in coroutine:", e)
        return "recovered"
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
print(run(catcher()))
c = failing()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("propagated to runner:", e)
