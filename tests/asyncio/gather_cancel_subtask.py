# oracle: skip
# expected: by reasoning (MicroPython stores the CancelledError of a cancelled sub-task)
import asyncio


async def sub(ms):
    await asyncio.sleep_ms(ms)
    return ms


async def main():
    t = asyncio.create_task(sub(100))
    u = asyncio.create_task(sub(10))

    async def cancel_later():
        await asyncio.sleep_ms(20)
        t.cancel()

    asyncio.create_task(cancel_later())
    r = await asyncio.gather(t, u, return_exceptions=True)
    print(r[1], type(r[0]).__name__)
    t = asyncio.create_task(sub(100))
    asyncio.create_task(cancel_later())
    try:
        await asyncio.gather(t, sub(10))
    except asyncio.CancelledError:
        print("gather raised CancelledError")


asyncio.run(main())
