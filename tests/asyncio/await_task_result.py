# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def compute(x):
    await sleep_ms(10)
    return x * x


async def main():
    t = asyncio.create_task(compute(7))
    print("before", t.done())
    print("result", await t)
    print("after", t.done())
    # awaiting a finished task again gives the same result
    print("again", await t)
    t2 = asyncio.create_task(compute(3))
    await sleep_ms(50)
    print("finished first", t2.done(), await t2)


asyncio.run(main())
