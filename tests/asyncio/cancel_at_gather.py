# oracle: skip
# expected: by reasoning (MicroPython wakes the cancelled outer task first; CPython cancels
# the inner task first)
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def sub(name, ms):
    try:
        await sleep_ms(ms)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main_task():
    try:
        await asyncio.gather(sub("a", 1000), sub("b", 1000))
    except asyncio.CancelledError:
        print("gather cancelled")
        raise


async def main():
    t = asyncio.create_task(main_task())
    await sleep_ms(20)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: task cancelled")
    await sleep_ms(20)


asyncio.run(main())
