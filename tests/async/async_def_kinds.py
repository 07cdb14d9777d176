class K:
    async def method(self, x):
        return x * 2
    @staticmethod
    async def static(x):
        return x + 1
async def with_defaults(a, b=10, *rest, **kw):
    return a + b + sum(rest) + len(kw)
lam = lambda: with_defaults(1)
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(K().method(4)), run(K.static(4)), run(with_defaults(1, 2, 3, 4, z=1)), run(lam()))
