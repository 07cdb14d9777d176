# oracle: skip
# expected: by reasoning (ThreadSafeFlag is a MicroPython extension)
import asyncio


async def waiter(flag, name):
    print(name, "waiting")
    await flag.wait()
    print(name, "got the flag")


async def main():
    flag = asyncio.ThreadSafeFlag()
    t = asyncio.create_task(waiter(flag, "w1"))
    await asyncio.sleep_ms(10)
    print("set")
    flag.set()
    await t
    # set before wait: returns at once, and wait clears the flag
    flag.set()
    await waiter(flag, "w2")
    t = asyncio.create_task(waiter(flag, "w3"))
    await asyncio.sleep_ms(10)
    print("w3 done:", t.done())
    flag.set()
    flag.clear()
    await asyncio.sleep_ms(10)
    print("w3 done after clear:", t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("w3 cancelled")


asyncio.run(main())
