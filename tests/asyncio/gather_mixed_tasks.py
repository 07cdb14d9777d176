# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def f(x):
    await sleep_ms(x)
    return x


async def main():
    t1 = asyncio.create_task(f(30))
    t2 = asyncio.create_task(f(10))
    r = await asyncio.gather(f(20), t1, f(5), t2)
    print(r, t1.done(), t2.done())


asyncio.run(main())
