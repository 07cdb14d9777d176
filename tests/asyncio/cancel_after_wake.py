# oracle: skip
# expected: by reasoning (MicroPython delivers the cancel at the await the task was woken from)
import asyncio


async def ev_waiter(ev):
    try:
        await ev.wait()
        print("woke normally")
    except asyncio.CancelledError:
        print("cancelled after being woken")


async def lock_waiter(lock, name):
    try:
        async with lock:
            print(name, "got the lock")
    except asyncio.CancelledError:
        print(name, "cancelled while the lock was handed to it")


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(ev_waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    t.cancel()
    await asyncio.sleep_ms(5)
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(lock_waiter(lock, "a"))
    b = asyncio.create_task(lock_waiter(lock, "b"))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.sleep_ms(5)
    print("locked:", lock.locked())


asyncio.run(main())
