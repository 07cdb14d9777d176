# oracle: cpython
import asyncio

PORT = 18936
SIZE = 300000


async def serve(reader, writer):
    data = await reader.readexactly(SIZE)
    ok = all(data[i] == i % 251 for i in range(0, SIZE, 997))
    writer.write(b"got %d %s\n" % (len(data), b"ok" if ok else b"bad"))
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(bytes(i % 251 for i in range(SIZE)))
    await writer.drain()
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
