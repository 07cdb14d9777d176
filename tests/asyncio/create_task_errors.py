# oracle: skip
# expected: by reasoning (MicroPython's error text; sleep() objects are not coroutines)
import asyncio


async def main():
    for bad in (1, None, asyncio.sleep(0)):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())


async def coro():
    return 5


c = coro()
print(hasattr(c, "send"))
print(asyncio.run(c))
