# uasyncio: asyncio's name before MicroPython 1.21, still importable there. Each attribute is
# asyncio's own, looked up on use, so both names share one event loop and one set of classes.


def __getattr__(name):
    import asyncio

    return getattr(asyncio, name)
