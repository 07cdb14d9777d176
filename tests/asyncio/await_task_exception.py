# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def fail(msg):
    await sleep_ms(5)
    raise ValueError(msg)


async def main():
    t = asyncio.create_task(fail("boom"))
    try:
        await t
    except ValueError as e:
        print("caught", type(e).__name__, e.args)
    try:
        await t
    except ValueError as e:
        print("caught again", type(e).__name__, e.args)
    print(t.done())


asyncio.run(main())
