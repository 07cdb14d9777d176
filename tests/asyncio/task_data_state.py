# oracle: skip
# expected: by reasoning (MicroPython's Task attributes)
import asyncio


async def work():
    await asyncio.sleep_ms(5)
    return 99


async def main():
    t = asyncio.create_task(work())
    print(isinstance(t, asyncio.Task), t.state is True, t.data)
    await asyncio.sleep(0)
    print("waiting on the run queue:", t.data)
    r = await t
    print(r, t.state, type(t.data).__name__, t.data.value)
    t2 = asyncio.create_task(work())
    await asyncio.sleep_ms(20)
    print("ended unawaited:", t2.state, type(t2.data).__name__)
    print(await t2, t2.state)
    print(hasattr(t, "coro"), hasattr(t, "ph_key"))


asyncio.run(main())
