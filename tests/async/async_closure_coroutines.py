def make(n):
    async def coro(x):
        return x + n
    return coro
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
adders = [make(i) for i in range(3)]
print([run(a(10)) for a in adders])
class Svc:
    def __init__(self, base):
        self.base = base
    async def call(self, v):
        return self.base * v
print(run(Svc(7).call(6)))
