# oracle: cpython
import asyncio

PORT = 18933


async def serve(reader, writer):
    writer.write(bytes(range(256)) * 40)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    head = await reader.readexactly(10)
    print(list(head))
    await asyncio.sleep(0.05)
    part = await reader.read(6)
    print(list(part))
    rest = await reader.read(-1)
    print(len(rest), rest[-3:])
    print(await reader.read(10))
    print(await reader.read(-1))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
