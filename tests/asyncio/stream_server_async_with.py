# oracle: cpython
import asyncio

PORT = 18937


async def serve(reader, writer):
    name = (await reader.readline()).strip()
    writer.write(b"hi " + name + b"\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def talk(name):
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(name + b"\n")
    await writer.drain()
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply


async def main():
    async with await asyncio.start_server(serve, "127.0.0.1", PORT):
        print(await asyncio.gather(talk(b"ann"), talk(b"bob"), talk(b"cy")))
    print("server closed")


asyncio.run(main())
