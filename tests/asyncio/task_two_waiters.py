# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def slow():
    await sleep_ms(20)
    return "value"


async def waiter(t, name):
    r = await t
    print(name, r)


async def main():
    t = asyncio.create_task(slow())
    await asyncio.gather(waiter(t, "w1"), waiter(t, "w2"), waiter(t, "w3"))


asyncio.run(main())
