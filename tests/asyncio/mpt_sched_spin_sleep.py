# oracle: unix
# A micropython.schedule callback that keeps rescheduling itself runs while the program
# sleeps, one at a time, and does not hold the sleep past its end.
import asyncio
import micropython
import time

log = []


def spin(end):
    if time.ticks_diff(end, time.ticks_ms()) <= 0:
        log.append("spin end")
        return
    micropython.schedule(spin, end)


async def main():
    spin(time.ticks_add(time.ticks_ms(), 400))
    await asyncio.sleep_ms(50)
    log.append("slept")
    await asyncio.sleep_ms(600)
    print(log)


asyncio.run(main())

log = []
spin(time.ticks_add(time.ticks_ms(), 400))
time.sleep_ms(50)
log.append("time slept")
time.sleep_ms(600)
print(log)
