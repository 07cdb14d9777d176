# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def producer(items, ev_put, n):
    for i in range(n):
        await sleep_ms(5)
        items.append(i)
        ev_put.set()
    items.append(None)
    ev_put.set()


async def consumer(items, ev_put):
    got = []
    while True:
        await ev_put.wait()
        ev_put.clear()
        while items:
            x = items.pop(0)
            if x is None:
                return got
            got.append(x)


async def main():
    items = []
    ev = asyncio.Event()
    asyncio.create_task(producer(items, ev, 6))
    print(await consumer(items, ev))


asyncio.run(main())
