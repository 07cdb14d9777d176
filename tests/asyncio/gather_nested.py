# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def leaf(x):
    await sleep_ms(x)
    return x


async def branch(a, b):
    r = await asyncio.gather(leaf(a), leaf(b))
    return sum(r)


async def main():
    print(await asyncio.gather(branch(10, 20), branch(30, 5), leaf(1)))


asyncio.run(main())
