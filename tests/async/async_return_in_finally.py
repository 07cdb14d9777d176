class Y:
    def __await__(self):
        yield
    __iter__ = __await__
async def f():
    try:
        await Y()
        raise ValueError("x")
    finally:
        print("finally runs")
c = f()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
async def g():
    try:
        return "try-value"
    finally:
        print("g finally")
try:
    g().send(None)
except StopIteration as e:
    print(e.value)
