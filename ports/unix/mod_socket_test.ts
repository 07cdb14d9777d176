// socket over Deno TCP: a Deno client talking to a upy server program and the reverse, a
// poll-driven non-blocking server, and the error cases asyncio relies on.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { runSource } from "../../mod.ts";

async function run(source: string): Promise<string> {
  let out = "";
  await runSource(source, { stdout: (s) => (out += s), stderr: (s) => (out += s) });
  return out;
}

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

async function readAll(conn: Deno.Conn): Promise<string> {
  return new TextDecoder().decode(await new Response(conn.readable).bytes());
}

async function connectRetry(port: number): Promise<Deno.TcpConn> {
  for (let i = 0;; i++) {
    try {
      return await Deno.connect({ hostname: "127.0.0.1", port });
    } catch (e) {
      if (i > 200) throw e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

Deno.test("a Deno client talks to a upy server (blocking accept/readline/write)", async () => {
  const port = freePort();
  const server = run(`import socket
ai = socket.getaddrinfo("127.0.0.1", ${port})[0]
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(ai[-1])
s.listen(1)
c, addr = s.accept()
print("peer family", socket.sockaddr(addr)[0])
while True:
    line = c.readline()
    if not line:
        break
    c.write(b"echo:" + line.upper())
c.close()
s.close()
print("done")`);
  const conn = await connectRetry(port);
  await conn.write(new TextEncoder().encode("hello\nworld\n"));
  await conn.closeWrite();
  assertEquals(await readAll(conn), "echo:HELLO\necho:WORLD\n");
  assertEquals(await server, "peer family 2\ndone\n");
});

Deno.test("a upy client talks to a Deno server", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  const served = (async () => {
    const conn = await listener.accept();
    const got = await readAll(conn).catch(() => "");
    listener.close();
    return got;
  })();
  // The Deno side reads until the upy side closes, then we check what it sent.
  const out = await run(`import socket
s = socket.socket()
s.connect(socket.getaddrinfo("127.0.0.1", ${port}, 0, socket.SOCK_STREAM)[0][-1])
s.sendall(b"x" * 300000)
print(s.send(b"tail\\n"))
s.close()`);
  assertEquals(out, "5\n");
  const got = await served;
  assertEquals(got.length, 300005);
  ok(got.endsWith("xtail\n"));
});

Deno.test("a Deno server replies to a upy client reading with recv", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  const served = (async () => {
    const conn = await listener.accept();
    const buf = new Uint8Array(100);
    const n = await conn.read(buf);
    await conn.write(buf.subarray(0, n!).reverse());
    conn.close();
    listener.close();
  })();
  const out = await run(`import socket
s = socket.socket()
s.connect(("127.0.0.1", ${port}))
s.write(b"abc")
print(s.recv(10))
print(s.recv(10))
s.close()`);
  await served;
  assertEquals(out, "b'cba'\nb''\n");
});

Deno.test("non-blocking server driven by select.poll serves several clients", async () => {
  const port = freePort();
  const server = run(`import socket, select, errno
s = socket.socket()
s.setblocking(False)
s.bind(socket.getaddrinfo("127.0.0.1", ${port})[0][-1])
s.listen(5)
p = select.poll()
p.register(s, select.POLLIN)
served = 0
open_ = {}
while served < 3:
    for obj, ev in p.ipoll(2000):
        if obj is s:
            c, _ = s.accept()
            c.setblocking(False)
            p.register(c, select.POLLIN)
            open_[id(c)] = b""
            continue
        data = obj.read(100)
        if data is None:
            continue
        if data:
            obj.write(data)
        else:
            p.unregister(obj)
            obj.close()
            served += 1
try:
    s.accept()
except OSError as e:
    print("EAGAIN", e.errno == errno.EAGAIN)
s.close()
print("served", served)`);
  const talk = async (msg: string) => {
    const conn = await connectRetry(port);
    await conn.write(new TextEncoder().encode(msg));
    const buf = new Uint8Array(100);
    let got = "";
    while (got.length < msg.length) {
      const n = await conn.read(buf);
      if (n === null) break;
      got += new TextDecoder().decode(buf.subarray(0, n));
    }
    conn.close();
    return got;
  };
  const replies = await Promise.all([talk("one"), talk("two!"), talk("three")]);
  assertEquals(replies, ["one", "two!", "three"]);
  assertEquals(await server, "EAGAIN True\nserved 3\n");
});

Deno.test("non-blocking connect: EINPROGRESS, then writable; refused connections", async () => {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  const accepted = listener.accept();
  const out = await run(`import socket, select, errno
s = socket.socket()
s.setblocking(False)
try:
    s.connect(socket.getaddrinfo("127.0.0.1", ${port}, 0, socket.SOCK_STREAM)[0][-1])
except OSError as e:
    print(e.errno == errno.EINPROGRESS)
p = select.poll()
p.register(s, select.POLLOUT)
print(p.poll(2000) == [(s, select.POLLOUT)])
try:
    s.recv(1)
except OSError as e:
    print(e.errno == errno.EAGAIN)
print(s.read(1))
s.close()
s = socket.socket()
try:
    s.connect(("127.0.0.1", 1))
except OSError as e:
    print(e)
s = socket.socket()
s.setblocking(False)
try:
    s.connect(("127.0.0.1", 1))
except OSError as e:
    print(e.errno == errno.EINPROGRESS)
p = select.poll()
p.register(s, select.POLLIN)
print(p.poll(2000)[0][1] & select.POLLERR != 0)
try:
    s.recv(1)
except OSError as e:
    print(e)
`);
  (await accepted).close();
  listener.close();
  assertEquals(
    out,
    "True\nTrue\nTrue\nNone\n[Errno 111] ECONNREFUSED\nTrue\nTrue\n[Errno 111] ECONNREFUSED\n",
  );
});

Deno.test("module surface and address helpers", async () => {
  const out = await run(`import socket
print(socket.getaddrinfo("127.0.0.1", 80, 0, socket.SOCK_STREAM))
print(len(socket.getaddrinfo("127.0.0.1", 80)))
print(socket.sockaddr(socket.getaddrinfo("localhost", 8080)[0][-1]))
print(socket.inet_pton(socket.AF_INET, "192.168.1.2"))
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "2001:db8::1")))
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except OSError as e:
    print(e)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print(repr(s).startswith("<_socket "), s.fileno() > 2)
s.close()
s.close()
try:
    s.recv(1)
except OSError as e:
    print(e)`);
  assertEquals(
    out,
    "[(2, 1, 6, None, bytearray(b'\\x02\\x00\\x00P\\x7f\\x00\\x00\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'))]\n" +
      "3\n(2, b'\\x7f\\x00\\x00\\x01', 8080)\nb'\\xc0\\xa8\\x01\\x02'\n2001:db8::1\n" +
      "[addrinfo error -2]\nTrue True\n[Errno 9] EBADF\n",
  );
});
