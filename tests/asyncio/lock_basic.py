# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def critical(lock, name):
    async with lock:
        print(name, "in", lock.locked())
        await sleep_ms(10)
        print(name, "out")


async def main():
    lock = asyncio.Lock()
    print("locked", lock.locked())
    await asyncio.gather(critical(lock, "a"), critical(lock, "b"), critical(lock, "c"))
    print("locked", lock.locked())
    await lock.acquire()
    print("acquired by hand", lock.locked())
    lock.release()
    print("released", lock.locked())


asyncio.run(main())
