# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def inner():
    try:
        await sleep_ms(1000)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    ti = asyncio.create_task(inner())
    to = asyncio.create_task(outer(ti))
    await sleep_ms(20)
    to.cancel()
    for t, name in ((to, "outer"), (ti, "inner")):
        try:
            await t
        except asyncio.CancelledError:
            print(name, "task ended cancelled")


asyncio.run(main())
