# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def stubborn():
    try:
        await sleep_ms(1000)
    except asyncio.CancelledError:
        print("ignoring cancel")
    await sleep_ms(10)
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await sleep_ms(10)
    t.cancel()
    print(await t)


asyncio.run(main())
