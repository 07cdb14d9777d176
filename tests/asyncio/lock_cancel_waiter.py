# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def task(lock, name):
    try:
        async with lock:
            print(name, "has lock")
            await sleep_ms(20)
    except asyncio.CancelledError:
        print(name, "cancelled")


async def main():
    lock = asyncio.Lock()
    t1 = asyncio.create_task(task(lock, "t1"))
    t2 = asyncio.create_task(task(lock, "t2"))
    t3 = asyncio.create_task(task(lock, "t3"))
    await sleep_ms(5)
    t2.cancel()
    await t1
    await t2
    await t3
    print("locked at end", lock.locked())


asyncio.run(main())
