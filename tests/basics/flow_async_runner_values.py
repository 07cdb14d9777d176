# a hand-written runner: awaitables yield requests, the runner sends back answers
class Ask:
    def __init__(self, q):
        self.q = q
    def __await__(self):
        answer = yield ("ask", self.q)
        return answer
    __iter__ = __await__

async def add(a, b):
    x = await Ask(a)
    y = await Ask(b)
    return x + y

async def main():
    r1 = await add(1, 2)
    r2 = await add("a", "b")
    try:
        await Ask("fail")
    except ValueError as e:
        r3 = "handled " + str(e)
    return [r1, r2, r3]

def run(coro):
    value = None
    steps = 0
    exc = None
    while True:
        try:
            if exc is not None:
                req = coro.throw(exc)
                exc = None
            else:
                req = coro.send(value)
        except StopIteration as e:
            return steps, e.value
        steps += 1
        kind, q = req
        if q == "fail":
            exc = ValueError("no answer")
        elif isinstance(q, int):
            value = q * 10
        else:
            value = q.upper()

print(run(main()))

# a coroutine that returns without awaiting
async def immediate(v):
    return v
for v in [None, 0, "x", [1]]:
    print(run(immediate(v)))

# coroutine objects: send(None) before start, send non-None fails
c = immediate(5)
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
c.close()

# await inside expressions and conditions
async def expr():
    t = (await Ask(1)) + (await Ask(2)) * (await Ask(3))
    if await Ask(0):
        t += 1000
    return t
print(run(expr()))

# deep await chains
async def depth(n):
    if n == 0:
        return await Ask(1)
    return 1 + await depth(n - 1)
print(run(depth(30)))

# await inside a comprehension is rejected when compiled
for src in ["async def f():\n    return [await x for x in y]\n", "def f():\n    await g()\n",
            "await z\n", "async def f():\n    yield from g()\n"]:
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e)
