class Res:
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, t, v, tb):
        print("aexit sees", t.__name__ if t else None)
        raise RuntimeError("from aexit")
async def main():
    try:
        async with Res():
            raise ValueError("body")
    except RuntimeError as e:
        print("caught", e)
    return "ok"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
