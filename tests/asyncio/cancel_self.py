# oracle: skip
# expected: by reasoning (MicroPython cannot cancel the running task)
import asyncio


async def main():
    me = asyncio.current_task()
    try:
        me.cancel()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("still running")


asyncio.run(main())
