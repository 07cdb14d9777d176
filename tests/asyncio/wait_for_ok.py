# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def quick():
    await sleep_ms(10)
    return "quick result"


async def main():
    print(await asyncio.wait_for(quick(), 1))
    t = asyncio.create_task(quick())
    print(await asyncio.wait_for(t, 0.5))
    print(await asyncio.wait_for(quick(), None))


asyncio.run(main())
