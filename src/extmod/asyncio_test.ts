// asyncio: the embedded sources are current, sleeping does not spin, and asyncio streams talk
// to Deno's own TCP client and server.
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import process from "node:process";
import { createInterpreter, runSource } from "../../mod.ts";
import { GENERATED_PATH, renderFrozen } from "../../scripts/gen_frozen.ts";

const ROOT = new URL("../../", import.meta.url);

async function run(source: string): Promise<string> {
  let out = "";
  const { exitCode } = await runSource(source, {
    stdout: (s) => out += s,
    stderr: (s) => out += s,
  });
  assertEquals(exitCode, 0, out);
  return out;
}

Deno.test("src/generated/frozen_sources.ts matches src/extmod/asyncio/ and src/pylib/", async () => {
  const current = Deno.readTextFileSync(new URL(GENERATED_PATH, ROOT));
  assert(
    current === await renderFrozen(),
    `${GENERATED_PATH} is stale: run deno run -A scripts/gen_frozen.ts`,
  );
});

Deno.test({
  name: "await asyncio.sleep(0.2) does not busy-wait (under half a core, even on a loaded machine)",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    // import asyncio first, in the same interpreter: only the sleep is measured
    let out = "";
    const py = createInterpreter({ stdout: (s) => out += s, stderr: (s) => out += s });
    await py.runSource(
      "import asyncio\nasync def f():\n  await asyncio.sleep(0)\nasyncio.run(f())",
    );
    // A program (not one REPL input: that is a single statement); asyncio is already loaded.
    const program = "import asyncio\nasync def main():\n  await asyncio.sleep(0.2)\n" +
      "  print('slept')\nasyncio.run(main())\n";
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await py.runSource(program);
    assertEquals(out, "slept\n");
    const wall = performance.now() - t0;
    const used = process.cpuUsage(cpu0);
    const cpuMs = (used.user + used.system) / 1000;
    assert(wall >= 195, `slept only ${wall.toFixed(0)} ms`);
    assert(cpuMs < 0.5 * wall, `${cpuMs.toFixed(1)} ms of CPU in ${wall.toFixed(0)} ms`);
  },
});

const SERVER = `
import asyncio
async def handle(reader, writer):
    line = await reader.readline()
    writer.write(b"upy got " + line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    done.set()
async def main():
    global done
    done = asyncio.Event()
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    print("listening")
    await done.wait()
    server.close()
    await server.wait_closed()
    print("served")
asyncio.run(main())
`;

Deno.test({
  name: "a Deno TCP client talks to an asyncio server",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const port = 18951;
    let out = "";
    const ran = runSource(SERVER.replace("PORT", String(port)), {
      stdout: (s) => out += s,
      stderr: (s) => out += s,
    });
    let conn: Deno.TcpConn | undefined;
    for (let i = 0; i < 100 && conn === undefined; i++) {
      try {
        conn = await Deno.connect({ hostname: "127.0.0.1", port });
      } catch {
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    assert(conn !== undefined, "could not connect: " + out);
    await conn.write(new TextEncoder().encode("hello from deno\n"));
    const reply = new Uint8Array(100);
    let got = "";
    for (let n; (n = await conn.read(reply)) !== null;) {
      got += new TextDecoder().decode(reply.subarray(0, n));
    }
    conn.close();
    assertEquals(got, "upy got hello from deno\n");
    assertEquals((await ran).exitCode, 0, out);
    assertEquals(out, "listening\nserved\n");
  },
});

Deno.test({
  name: "asyncio.open_connection talks to a Deno TCP server",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const port = (listener.addr as Deno.NetAddr).port;
    const served = (async () => {
      const conn = await listener.accept();
      const buf = new Uint8Array(100);
      const n = await conn.read(buf);
      const line = new TextDecoder().decode(buf.subarray(0, n ?? 0));
      await conn.write(new TextEncoder().encode("deno got " + line));
      conn.close();
      listener.close();
    })();
    const out = await run(`
import asyncio
async def main():
    reader, writer = await asyncio.open_connection("127.0.0.1", ${port})
    writer.write(b"hello from upy\\n")
    await writer.drain()
    print(await reader.readline())
    print(await reader.read(-1))
    writer.close()
    await writer.wait_closed()
asyncio.run(main())
`);
    await served;
    assertEquals(out, "b'deno got hello from upy\\n'\nb''\n");
  },
});
