# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def waiter(ev):
    while True:
        await ev.wait()
        print("event seen")
        ev.clear()
        if not ev.is_set():
            print("cleared")
        await sleep_ms(0)


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    for i in range(3):
        await sleep_ms(20)
        print("set", i)
        ev.set()
    await sleep_ms(20)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled")


asyncio.run(main())
