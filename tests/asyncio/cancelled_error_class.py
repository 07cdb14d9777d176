# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


print(issubclass(asyncio.CancelledError, BaseException))
print(issubclass(asyncio.CancelledError, Exception))
print(issubclass(asyncio.TimeoutError, Exception))


async def main():
    try:
        raise asyncio.CancelledError
    except Exception:
        print("caught as Exception")
    except BaseException:
        print("caught as BaseException")


asyncio.run(main())
