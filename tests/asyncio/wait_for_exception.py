# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def fails():
    await sleep_ms(10)
    raise ZeroDivisionError("in task")


async def main():
    try:
        await asyncio.wait_for(fails(), 1)
    except ZeroDivisionError as e:
        print("got", type(e).__name__, e.args)


asyncio.run(main())
