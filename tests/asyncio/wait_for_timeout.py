# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def slow():
    try:
        await sleep_ms(1000)
        return "slow result"
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def main():
    try:
        print(await asyncio.wait_for(slow(), 0.05))
    except asyncio.TimeoutError:
        print("timeout")
    print("after")


asyncio.run(main())
