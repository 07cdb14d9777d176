// tls/ssl over a local Deno TLS server with a self-signed certificate made by openssl at test
// time (skipped with a notice when openssl is missing): an HTTPS-style round trip, CA
// verification passing and failing, and the raw-socket readline/readinto paths.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { runSource } from "../../mod.ts";

async function run(source: string): Promise<string> {
  let out = "";
  await runSource(source, { stdout: (s) => (out += s), stderr: (s) => (out += s) });
  return out;
}

/** A self-signed certificate for "localhost", or undefined without openssl. */
async function makeCert(): Promise<{ cert: string; key: string } | undefined> {
  const dir = await Deno.makeTempDir();
  try {
    const r = await new Deno.Command("openssl", {
      args: [
        ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"],
        ...["-nodes", "-days", "1", "-subj", "/CN=localhost"],
        ...["-addext", "subjectAltName=DNS:localhost"],
        ...["-keyout", `${dir}/key.pem`, "-out", `${dir}/cert.pem`],
      ],
      stdout: "null",
      stderr: "null",
    }).output();
    if (!r.success) return undefined;
    return {
      cert: await Deno.readTextFile(`${dir}/cert.pem`),
      key: await Deno.readTextFile(`${dir}/key.pem`),
    };
  } catch {
    return undefined;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const creds = await makeCert();
if (creds === undefined) console.warn("mod_tls_test: openssl not found, TLS round trips skipped");

async function answer(conn: Deno.TlsConn, seen: string[]): Promise<void> {
  try {
    const buf = new Uint8Array(4096);
    let req = "";
    while (!req.includes("\r\n\r\n")) {
      const n = await conn.read(buf);
      if (n === null) break;
      req += new TextDecoder().decode(buf.subarray(0, n));
    }
    seen.push(req.split("\r\n")[0]);
    const body = "hello over tls\nsecond line\n";
    const head = `HTTP/1.0 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`;
    await conn.write(new TextEncoder().encode(head + body));
  } catch {
    seen.push("handshake failed");
  } finally {
    try {
      conn.close();
    } catch {
      // closed by the peer
    }
  }
}

/** A TLS server answering each connection's first request line as a tiny HTTP server. */
function httpsServer(c: { cert: string; key: string }) {
  const listener = Deno.listenTls({ hostname: "127.0.0.1", port: 0, ...c });
  const seen: string[] = [];
  const pending: Promise<void>[] = [];
  // Connections are served concurrently: a client that rejects the certificate leaves its
  // TCP connection open (as MicroPython does until the socket is closed).
  const served = (async () => {
    for await (const conn of listener) pending.push(answer(conn, seen));
    await Promise.all(pending);
    return seen;
  })();
  return { port: (listener.addr as Deno.NetAddr).port, close: () => listener.close(), served };
}

const connect = (port: number) =>
  `import socket, ssl
def conn():
    s = socket.socket()
    s.connect(socket.getaddrinfo("127.0.0.1", ${port})[0][-1])
    return s
`;

Deno.test({
  name: "ssl.wrap_socket speaks HTTPS to a local server (CERT_NONE)",
  ignore: creds === undefined,
  fn: async () => {
    const srv = httpsServer(creds!);
    const out = await run(
      connect(srv.port) + `
s = ssl.wrap_socket(conn(), server_hostname="localhost")
print(type(s).__name__)
s.write(b"GET /x HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n")
print(s.readline())
print(s.readline())
print(s.readline())
buf = bytearray(5)
print(s.readinto(buf), buf)
print(s.read())
print(s.read())
s.close()
try:
    s.read()
except OSError as e:
    print("closed", e.args)
`,
    );
    srv.close();
    assertEquals(
      out,
      "SSLSocket\nb'HTTP/1.0 200 OK\\r\\n'\nb'Content-Length: 27\\r\\n'\nb'\\r\\n'\n" +
        "5 bytearray(b'hello')\nb' over tls\\nsecond line\\n'\nb''\n" +
        "closed (-28928, 'MBEDTLS_ERR_SSL_BAD_INPUT_DATA')\n",
    );
    assertEquals(await srv.served, ["GET /x HTTP/1.0"]);
  },
});

Deno.test({
  name: "tls.SSLContext with CERT_REQUIRED verifies against cadata and the hostname",
  ignore: creds === undefined,
  fn: async () => {
    const srv = httpsServer(creds!);
    const out = await run(
      connect(srv.port) + `import tls
ca = ${JSON.stringify(creds!.cert)}
ctx = tls.SSLContext(tls.PROTOCOL_TLS_CLIENT)
print(ctx.verify_mode == tls.CERT_REQUIRED)
ctx.load_verify_locations(ca)
s = ctx.wrap_socket(conn(), server_hostname="localhost")
s.write(b"GET /ok HTTP/1.0\\r\\n\\r\\n")
print(s.read(15))
s.close()
raw = conn()
try:
    ctx.wrap_socket(raw, server_hostname="example.com")
except ValueError as e:
    print("wrong name", e.args)
raw.close()
other = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
other.verify_mode = ssl.CERT_REQUIRED
other.load_verify_locations(cadata=ca.encode())
s = other.wrap_socket(conn(), server_hostname="localhost")
s.write(b"GET /ssl HTTP/1.0\\r\\n\\r\\n")
print(s.read(8))
s.close()
ctx2 = tls.SSLContext(tls.PROTOCOL_TLS_CLIENT)
raw = conn()
try:
    ctx2.wrap_socket(raw, server_hostname="localhost")
except ValueError as e:
    print("no ca", e.args)
raw.close()
`,
    );
    srv.close();
    assertEquals(
      out,
      "True\nb'HTTP/1.0 200 OK'\n" +
        "wrong name ('\\nThe certificate Common Name (CN) does not match with the expected CN\\n',)\n" +
        "b'HTTP/1.0'\n" +
        "no ca ('\\nThe certificate is not correctly signed by the trusted CA\\n',)\n",
    );
    const seen = await srv.served;
    assertEquals(seen.filter((l) => l.startsWith("GET")), [
      "GET /ok HTTP/1.0",
      "GET /ssl HTTP/1.0",
    ]);
    ok(seen.length === 4);
  },
});

Deno.test({
  name: "a non-blocking SSLSocket answers None until data arrives, and works with select.poll",
  ignore: creds === undefined,
  fn: async () => {
    const srv = httpsServer(creds!);
    const out = await run(
      connect(srv.port) + `import select
s = ssl.wrap_socket(conn())
s.setblocking(False)
print(s.read(4))
s.write(b"GET /nb HTTP/1.0\\r\\n\\r\\n")
p = select.poll()
p.register(s, select.POLLIN)
got = b""
while not got.endswith(b"second line\\n"):
    p.poll(2000)
    d = s.read(100)
    if d:
        got += d
print(got.split(b"\\r\\n")[0])
s.close()
`,
    );
    srv.close();
    assertEquals(out, "None\nb'HTTP/1.0 200 OK'\n");
    assertEquals(await srv.served, ["GET /nb HTTP/1.0"]);
  },
});

/** A TCP port free a moment ago, for a server the Python side binds. */
function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

/** Connects to a TLS server on `port` once it listens (node:tls: rustls refuses a self-signed
 * certificate as its own CA), sends `line`, returns what came back. */
async function tlsClient(port: number, ca: string, line: string): Promise<string> {
  const { connect } = await import("node:tls");
  for (let tries = 0;; tries++) {
    const got = await new Promise<string | Error>((resolve) => {
      let text = "";
      const sock = connect({ host: "127.0.0.1", port, ca, servername: "localhost" }, () => {
        sock.write(line);
      });
      sock.on("data", (d) => (text += d.toString()));
      sock.on("end", () => resolve(text));
      sock.on("error", (e) => resolve(e));
    });
    if (typeof got === "string") return got;
    if (tries > 200 || !String(got).includes("ECONNREFUSED")) throw got;
    await new Promise((r) => setTimeout(r, 25));
  }
}

Deno.test({
  name: "a server-side SSLSocket (PROTOCOL_TLS_SERVER, PEM and DER keys) answers a TLS client",
  ignore: creds === undefined,
  fn: async () => {
    const { createPrivateKey } = await import("node:crypto");
    const der = createPrivateKey(creds!.key).export({ format: "der", type: "sec1" });
    for (const key of [JSON.stringify(creds!.key), `bytes(${JSON.stringify([...der])})`]) {
      const port = freePort();
      const served = run(`import socket, tls
ctx = tls.SSLContext(tls.PROTOCOL_TLS_SERVER)
print(ctx.verify_mode == tls.CERT_NONE)
ctx.load_cert_chain(${JSON.stringify(creds!.cert)}, ${key})
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(socket.getaddrinfo("127.0.0.1", ${port})[0][-1])
srv.listen(1)
c, _ = srv.accept()
s = ctx.wrap_socket(c, server_side=True)
line = s.readline()
print(line)
s.write(b"echo " + line)
s.close()
srv.close()
`);
      const reply = await tlsClient(port, creds!.cert, "ping over tls\n");
      assertEquals(reply, "echo ping over tls\n");
      assertEquals(await served, "True\nb'ping over tls\\n'\n");
    }
  },
});
