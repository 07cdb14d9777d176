# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def main(x):
    print("main", x)
    await asyncio.sleep(0)
    return x * 2


print(asyncio.run(main(21)))
print(asyncio.run(main("ab")))
