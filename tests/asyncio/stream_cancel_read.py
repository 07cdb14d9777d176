# oracle: cpython
import asyncio

PORT = 18934


async def serve(reader, writer):
    # say nothing until the client has given up on its first read
    await asyncio.sleep(0.1)
    writer.write(b"late line\n")
    await writer.drain()
    await reader.read(-1)
    writer.close()
    await writer.wait_closed()


async def read_line(reader):
    try:
        return await reader.readline()
    except asyncio.CancelledError:
        print("read cancelled")
        raise


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    t = asyncio.create_task(read_line(reader))
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled")
    # the stream is still usable
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()


asyncio.run(main())
