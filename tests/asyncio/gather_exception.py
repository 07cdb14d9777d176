# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def ok(x, delay):
    await sleep_ms(delay)
    print("ok", x)
    return x


async def bad(delay):
    await sleep_ms(delay)
    raise KeyError("bad")


async def main():
    try:
        await asyncio.gather(ok(1, 10), bad(30), ok(2, 80))
    except KeyError as e:
        print("gather raised", type(e).__name__, e.args)
    # the remaining task keeps running
    await sleep_ms(100)
    print("end")


asyncio.run(main())
