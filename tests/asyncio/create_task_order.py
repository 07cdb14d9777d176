# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "end")


async def main():
    for name in "abc":
        asyncio.create_task(worker(name, 3))
    print("created")
    await asyncio.sleep(0)
    print("main after one yield")
    await sleep_ms(50)
    print("main end")


asyncio.run(main())
