# oracle: skip
# expected: by reasoning (MicroPython: a gathered task cannot also be awaited directly)
import asyncio


async def slow():
    await asyncio.sleep_ms(30)
    return "slow"


async def other(t):
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)


async def main():
    t = asyncio.create_task(slow())
    g = asyncio.create_task(asyncio.gather(t) if False else other_gather(t))
    await asyncio.sleep(0)
    await other(t)
    print(await g)


async def other_gather(t):
    return await asyncio.gather(t)


asyncio.run(main())
