# oracle: cpython
import asyncio

PORT = 18935


async def serve(reader, writer):
    await asyncio.sleep(0.1)
    writer.write(b"finally\n")
    await writer.drain()
    await reader.read(-1)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    try:
        await asyncio.wait_for(reader.readline(), 0.02)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(reader.readline(), 1))
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()


asyncio.run(main())
