# oracle: skip
# expected: by reasoning (MicroPython's handler protocol and message)
import asyncio


def handler(loop, context):
    print("handler:", context["message"])
    print("  exception:", type(context["exception"]).__name__, context["exception"].args)
    print("  future is task:", context["future"] is failing)
    print("  loop is Loop:", loop is asyncio.Loop)


async def fail():
    print("fail runs")
    raise ValueError("lost")


async def main():
    global failing
    loop = asyncio.get_event_loop()
    print("default handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("handler set:", loop.get_exception_handler() is handler)
    failing = asyncio.create_task(fail())
    await asyncio.sleep_ms(10)
    print("main done")


failing = None
asyncio.run(main())
asyncio.get_event_loop().set_exception_handler(None)
