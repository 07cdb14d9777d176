# oracle: skip
# expected: by reasoning (MicroPython reports only exceptions nobody awaited)
import asyncio


def handler(loop, context):
    print("handler called for", context["exception"].args)


async def fail(x):
    raise KeyError(x)


async def sleep_then_fail(x):
    await asyncio.sleep_ms(100)
    raise KeyError(x)


async def main():
    asyncio.get_event_loop().set_exception_handler(handler)
    t1 = asyncio.create_task(fail(1))
    t2 = asyncio.create_task(fail(2))
    await asyncio.sleep(0)
    # t1 ended with an exception; awaiting it now retrieves it
    try:
        await t1
    except KeyError as e:
        print("retrieved", e.args)
    await asyncio.sleep_ms(10)
    # cancelled tasks are not reported
    t3 = asyncio.create_task(sleep_then_fail(3))
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.sleep_ms(10)
    print("end")


asyncio.run(main())
