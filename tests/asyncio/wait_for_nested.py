# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def work(ms):
    try:
        await sleep_ms(ms)
        return ms
    except asyncio.CancelledError:
        print("work", ms, "cancelled")
        raise


async def middle(inner_ms, inner_timeout):
    try:
        return await asyncio.wait_for(work(inner_ms), inner_timeout)
    except asyncio.TimeoutError:
        print("inner timeout")
        return -1


async def main():
    # inner finishes
    print(await asyncio.wait_for(middle(10, 0.5), 1))
    # inner times out, outer does not
    print(await asyncio.wait_for(middle(1000, 0.05), 1))
    # outer times out first
    try:
        print(await asyncio.wait_for(middle(1000, 0.5), 0.05))
    except asyncio.TimeoutError:
        print("outer timeout")


asyncio.run(main())
