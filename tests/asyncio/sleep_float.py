# oracle: cpython
import asyncio

try:
    sleep_ms = asyncio.sleep_ms
except AttributeError:
    sleep_ms = lambda ms: asyncio.sleep(ms / 1000)


async def t(name, secs):
    await asyncio.sleep(secs)
    print(name)


async def main():
    await asyncio.gather(t("c", 0.15), t("a", 0.03), t("b", 0.08), t("zero", 0))


asyncio.run(main())
