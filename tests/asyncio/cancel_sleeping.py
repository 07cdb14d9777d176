# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def sleeper():
    print("sleeper start")
    try:
        await sleep_ms(1000)
        print("not reached")
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await sleep_ms(20)
    print("cancel returns", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main sees CancelledError")
    print("done", t.done())
    print("cancel again", t.cancel())


asyncio.run(main())
