# oracle: skip
# expected: by reasoning (MicroPython extension)
import asyncio


async def t(name, ms):
    await asyncio.sleep_ms(ms)
    print(name, ms)


async def main():
    await asyncio.gather(t("b", 60), t("a", 20), t("neg", -5), t("c", 100))
    print(await asyncio.wait_for_ms(t("w", 10), 500))


asyncio.run(main())
