# oracle: skip
# expected: by reasoning (MicroPython extension)
import asyncio


async def slow():
    try:
        await asyncio.sleep_ms(500)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def main():
    try:
        await asyncio.wait_for_ms(slow(), 30)
    except asyncio.TimeoutError:
        print("timeout")
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for_ms(t, 20)
    except asyncio.TimeoutError:
        print("timeout on task", t.done())


asyncio.run(main())
