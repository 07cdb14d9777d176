# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


total = 0


async def add(i):
    global total
    await sleep_ms(i % 7)
    total += i
    return i


async def main():
    ts = [asyncio.create_task(add(i)) for i in range(500)]
    r = 0
    for t in ts:
        r += await t
    print(r, total)


asyncio.run(main())
