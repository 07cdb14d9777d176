# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def task(lock, i, log):
    await sleep_ms(i * 20)
    async with lock:
        log.append(i)
        await sleep_ms(5)


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    ts = [asyncio.create_task(task(lock, i, log)) for i in (5, 1, 3, 4, 2)]
    await sleep_ms(200)
    lock.release()
    for t in ts:
        await t
    print(log)


asyncio.run(main())
