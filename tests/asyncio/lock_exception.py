# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            print("inside", lock.locked())
            raise ValueError("oops")
    except ValueError:
        print("exception passed through, locked:", lock.locked())
    async with lock:
        print("reacquired")


asyncio.run(main())
