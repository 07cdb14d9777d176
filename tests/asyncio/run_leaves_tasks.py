# oracle: skip
# expected: by reasoning (asyncio.run in MicroPython returns when the main task ends, other tasks stay queued)
import asyncio


async def background():
    for i in range(3):
        print("background", i)
        await asyncio.sleep_ms(40)


async def main(n):
    print("main", n, "start")
    await asyncio.sleep_ms(60)
    print("main", n, "end")


asyncio.create_task(background())
asyncio.run(main(1))
print("between runs")
asyncio.run(main(2))
print("end")
