# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def waiter(ev, name, log):
    await ev.wait()
    log.append(name)
    print(name, "woke")


async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(ev, "w%d" % i, log)) for i in range(5)]
    await sleep_ms(10)
    print("set")
    ev.set()
    print("after set, none ran yet:", log)
    for t in ts:
        await t
    print(log)


asyncio.run(main())
