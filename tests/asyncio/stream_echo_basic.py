# oracle: cpython
# A server and a client in one program over 127.0.0.1.
import asyncio

PORT = 18931


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b"echo: " + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server: client gone")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    for msg in (b"hello\n", b"world\n", b"x" * 3000 + b"\n"):
        writer.write(msg)
        await writer.drain()
        reply = await reader.readline()
        print(len(reply), reply[:16])
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()
    print("closed")


asyncio.run(main())
