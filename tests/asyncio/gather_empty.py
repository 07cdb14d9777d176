# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(return_exceptions=True))


asyncio.run(main())
