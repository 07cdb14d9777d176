class Stream:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)
async def find(target):
    async for v in Stream(range(10)):
        if v == target:
            print("found", v)
            break
    else:
        print("not found", target)
        return False
    return True
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(find(3)), run(find(42)))
