# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(counter("x", 3), counter("y", 2), counter("z", 4))


asyncio.run(main())
