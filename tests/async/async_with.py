log = []
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        return exc_type is KeyError
async def main():
    async with Resource("db") as r:
        log.append("using " + r)
    async with Resource("suppress"):
        raise KeyError("hidden")
    try:
        async with Resource("fail"):
            raise ValueError("visible")
    except ValueError as e:
        log.append("caught " + str(e))
    return len(log)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
for line in log:
    print(line)
