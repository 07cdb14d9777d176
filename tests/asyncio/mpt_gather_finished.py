# oracle: unix
# gather() over tasks that have already finished (returned or raised) before it is called.
import asyncio


def quiet(loop, context):
    pass


async def quick(n, fail):
    if fail:
        raise KeyError(n)
    return n * 10


async def slow(steps):
    for i in range(steps):
        print("slow", i)
        await asyncio.sleep(0)
    return "slow done"


async def main(with_slow, fail, ret_exc):
    print("--", with_slow, fail, ret_exc)
    asyncio.get_event_loop().set_exception_handler(quiet)
    ts = []
    if with_slow:
        ts.append(asyncio.create_task(slow(3)))
    ts.append(asyncio.create_task(quick(1, fail)))
    ts.append(asyncio.create_task(quick(2, fail)))
    for _ in range(2):
        await asyncio.sleep(0)
    print([t.done() for t in ts])
    try:
        print("result", await asyncio.gather(*ts, return_exceptions=ret_exc))
    except Exception as e:
        print("raised", repr(e), ts[0].done())
    if with_slow:
        print(await ts[0])


for i in range(8):
    asyncio.run(main(bool(i & 4), bool(i & 2), bool(i & 1)))
