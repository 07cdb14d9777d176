async def sample():
    return 1
c = sample()
print(type(c).__name__, hasattr(c, "send"), hasattr(c, "close"))
print(callable(sample), type(sample).__name__)
c.close()
try:
    c.send(None)
except StopIteration:
    print("closed coroutine raises StopIteration")
async def agen_like():
    for i in range(2):
        pass
    return "x"
d = agen_like()
try:
    d.send(None)
except StopIteration as e:
    print(e.value)
