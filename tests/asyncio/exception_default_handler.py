# oracle: skip
# expected: by reasoning (text of Loop.default_exception_handler, printed to stderr)
import asyncio


class Fut:
    coro = "<the coro>"

    def __repr__(self):
        return "<the task>"


context = {"message": "Task exception wasn't retrieved", "future": Fut(), "exception": ValueError("x", 2)}
print("to stderr:")
asyncio.Loop.default_exception_handler(asyncio.Loop, context)
asyncio.get_event_loop().call_exception_handler(context)


def mine(loop, ctx):
    print("mine:", ctx["message"])


asyncio.get_event_loop().set_exception_handler(mine)
asyncio.get_event_loop().call_exception_handler(context)
asyncio.get_event_loop().set_exception_handler(None)
print(asyncio.get_event_loop().get_exception_handler())
