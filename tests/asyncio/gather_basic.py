# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def f(x, delay):
    await sleep_ms(delay)
    print("f", x)
    return x * 10


async def main():
    r = await asyncio.gather(f(1, 60), f(2, 20), f(3, 40))
    print(r)
    t = asyncio.create_task(f(4, 10))
    r = await asyncio.gather(t, f(5, 0))
    print(r)


asyncio.run(main())
