# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def level3():
    await sleep_ms(1)
    raise IndexError("deep")


async def level2():
    return await asyncio.create_task(level3())


async def level1():
    try:
        await level2()
    except IndexError as e:
        print("level1 caught", e.args)
        raise RuntimeError("wrapped")


async def main():
    try:
        await level1()
    except RuntimeError as e:
        print("main caught", e.args)


asyncio.run(main())
