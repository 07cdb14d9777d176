# oracle: unix
# The unix port freezes asyncio with opt=3: its frames carry no line numbers, so a traceback
# through asyncio.run shows "line 1" for them. (Awaiting a Task would add a frame of upy's
# Python Task.__next__, which the unix port has in C.)
import asyncio, sys


async def main():
    await asyncio.sleep(0)
    raise ValueError("inside")


try:
    asyncio.run(main())
except ValueError as e:
    sys.print_exception(e)
print("done")
