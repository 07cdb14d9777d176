# oracle: cpython
# 200 concurrent clients, each sending 100 lines to an echo server in the same program; every
# byte must come back. (Its speed, under 5 s, is measured by `deno task bench`.)
import asyncio

PORT = 18932
CLIENTS = 200
LINES = 100


async def echo(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(n):
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    sent = received = 0
    for i in range(LINES):
        line = b"client %d line %d %s\n" % (n, i, b"." * (i % 17))
        writer.write(line)
        await writer.drain()
        sent += len(line)
        back = await reader.readline()
        if back != line:
            print("mismatch", n, i, back)
            break
        received += len(back)
    writer.close()
    await writer.wait_closed()
    return sent, received


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", PORT, backlog=CLIENTS)
    results = await asyncio.gather(*[client(n) for n in range(CLIENTS)])
    sent = sum(r[0] for r in results)
    received = sum(r[1] for r in results)
    print("clients", len(results), "bytes sent", sent, "echoed", received)
    print("all echoed", sent == received)
    server.close()
    await server.wait_closed()


asyncio.run(main())
