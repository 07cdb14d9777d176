# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def ticker(name, period, n):
    for i in range(n):
        await sleep_ms(period)
        print(name, i)


async def main():
    t1 = asyncio.create_task(ticker("fast", 200, 5))
    t2 = asyncio.create_task(ticker("slow", 700, 2))
    await t1
    await t2
    print("done")


asyncio.run(main())
