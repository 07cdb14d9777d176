# oracle: skip
# expected: by reasoning (MicroPython's Loop is a class used as a singleton)
import asyncio


async def work(x):
    await asyncio.sleep_ms(5)
    print("work", x)
    return x + 1


loop = asyncio.get_event_loop()
print(loop is asyncio.Loop, asyncio.get_event_loop(1, 2) is loop)
t = loop.create_task(work(1))
print(loop.run_until_complete(work(10)))
print(t.done())
t2 = loop.create_task(work(20))
print(loop.run_until_complete(t2))
print(loop.run_until_complete(t2))
loop.close()
print(asyncio.new_event_loop() is loop)
