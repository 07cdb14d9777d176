# oracle: skip
# expected: by reasoning (readinto, awrite and aclose are MicroPython's Stream API)
import asyncio

PORT = 18938


async def serve(reader, writer):
    print("peername known:", writer.get_extra_info("peername") is not None)
    await writer.awrite(b"0123456789abcdef", 4, 8)
    await writer.awrite(b"!\n")
    await reader.read(-1)
    await writer.aclose()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    buf = bytearray(4)
    n = await reader.readinto(buf)
    print(n, buf)
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep_ms(50)
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
