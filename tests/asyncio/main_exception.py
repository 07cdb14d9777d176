# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def main():
    await sleep_ms(5)
    raise ValueError("from main")


try:
    asyncio.run(main())
except ValueError as e:
    print("caught outside", e)
print("after")
