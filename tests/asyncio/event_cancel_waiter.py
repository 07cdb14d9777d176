# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")


async def main():
    ev = asyncio.Event()
    t1 = asyncio.create_task(waiter(ev, "a"))
    t2 = asyncio.create_task(waiter(ev, "b"))
    t3 = asyncio.create_task(waiter(ev, "c"))
    await sleep_ms(10)
    t2.cancel()
    await sleep_ms(10)
    ev.set()
    await t1
    await t2
    await t3


asyncio.run(main())
