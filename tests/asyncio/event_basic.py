# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)


async def main():
    ev = asyncio.Event()
    print("is_set", ev.is_set())
    t = asyncio.create_task(waiter(ev, "w1"))
    await sleep_ms(10)
    print("setting")
    ev.set()
    print("is_set", ev.is_set())
    await t
    # waiting on a set event returns at once
    await waiter(ev, "w2")


asyncio.run(main())
