# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def child(results):
    results.append(asyncio.current_task())


async def main():
    me = asyncio.current_task()
    results = []
    t = asyncio.create_task(child(results))
    await t
    print(results[0] is t, results[0] is not me)
    print(asyncio.current_task() is me)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)
