# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def worker():
    try:
        print("working")
        await sleep_ms(1000)
    finally:
        print("cleanup start")
        await sleep_ms(10)
        print("cleanup end")


async def main():
    t = asyncio.create_task(worker())
    await sleep_ms(10)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")


asyncio.run(main())
