# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def ok(x):
    await sleep_ms(10)
    return x


async def bad(exc):
    await sleep_ms(5)
    raise exc


async def main():
    r = await asyncio.gather(ok(1), bad(ValueError("v")), ok(2), bad(OSError(5)), return_exceptions=True)
    for x in r:
        print(type(x).__name__, x if type(x) is int else x.args)


asyncio.run(main())
