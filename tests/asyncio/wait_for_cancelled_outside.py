# oracle: skip
# expected: by reasoning (MicroPython wakes the cancelled outer task first; CPython cancels
# the inner task first)
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def work():
    try:
        await sleep_ms(1000)
    except asyncio.CancelledError:
        print("work cancelled")
        raise


async def waiter():
    try:
        await asyncio.wait_for(work(), 10)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    t = asyncio.create_task(waiter())
    await sleep_ms(20)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: waiter task cancelled")
    await sleep_ms(20)


asyncio.run(main())
