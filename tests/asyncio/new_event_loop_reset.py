# oracle: skip
# expected: by reasoning (new_event_loop drops pending tasks in MicroPython)
import asyncio


async def never():
    print("never runs")


async def main():
    print("main runs")


asyncio.get_event_loop().create_task(never())
asyncio.new_event_loop()
asyncio.run(main())
print("end")
