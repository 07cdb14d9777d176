async def add(a, b):
    return a + b
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
c = add(2, 3)
print(type(c).__name__)
print(run(c))
async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y
print(run(chain()))
