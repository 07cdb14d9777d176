# oracle: skip
# expected: by reasoning (MicroPython's run_forever/stop)
import asyncio


async def stopper(loop):
    for i in range(3):
        print("tick", i)
        await asyncio.sleep_ms(10)
    loop.stop()
    loop.stop()
    print("stop requested")


async def straggler():
    await asyncio.sleep_ms(200)
    print("straggler runs in the next loop run")


loop = asyncio.get_event_loop()
loop.create_task(stopper(loop))
s = loop.create_task(straggler())
loop.run_forever()
print("run_forever returned, straggler done:", s.done())
loop.run_until_complete(s)
print("straggler done:", s.done())
