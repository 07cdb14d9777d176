# oracle: unix
# MicroPython refuses tasks that have waiters, but gathers ones that already finished
import asyncio


async def quick():
    return 1


async def slow():
    await asyncio.sleep_ms(50)
    return 2


async def waiter(t):
    return await t


async def main():
    done = asyncio.create_task(quick())
    await asyncio.sleep_ms(5)
    try:
        await asyncio.gather(done)
    except RuntimeError as e:
        print("finished task:", e)
    s = asyncio.create_task(slow())
    w = asyncio.create_task(waiter(s))
    await asyncio.sleep(0)
    try:
        await asyncio.gather(s)
    except RuntimeError as e:
        print("awaited task:", e)
    print(await w)


asyncio.run(main())
