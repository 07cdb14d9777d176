// select.poll: Python-level pollables (ioctl), ipoll/oneshot, and waiting that suspends.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { runSource } from "../../mod.ts";

async function run(source: string): Promise<string> {
  let out = "";
  await runSource(source, { stdout: (s) => (out += s), stderr: (s) => (out += s) });
  return out;
}

const FLAG = `import select
class Flag:
    def __init__(self, v): self.v = v
    def ioctl(self, req, arg):
        return self.v & arg if req == 3 else -22
`;

Deno.test("poll/ipoll over ioctl objects", async () => {
  const out = await run(
    FLAG + `
a = Flag(1); b = Flag(0); c = Flag(5)
p = select.poll()
p.register(a, select.POLLIN); p.register(b); p.register(c, select.POLLIN | select.POLLOUT)
print(p.poll(0) == [(a, 1), (c, 5)])
print([(o is a, ev) for o, ev in p.ipoll(0, 1)])
print(p.poll(0))
p.modify(a, select.POLLOUT | select.POLLIN)
print(p.poll(0) == [(a, 1)])
p.unregister(a); p.unregister(a)
try: p.modify(a, 1)
except OSError as e: print(repr(e))
b.v = 4; c.v = 0
print(p.poll() == [(b, 4)])
print(select.select([b], [b, c], [], 0) == ([], [b], []))
bad = Flag(0); bad.ioctl = lambda req, arg: -22
p = select.poll(); p.register(bad)
try: p.poll(0)
except OSError as e: print(e)
try: p.register(object())
except OSError as e: print(e)
`,
  );
  assertEquals(
    out,
    "True\n[(True, 1), (False, 5)]\n[]\nTrue\nOSError(2,)\nTrue\nTrue\n[Errno 22] EINVAL\n" +
      "stream operation not supported\n",
  );
});

Deno.test("poll with a timeout waits that long, then returns []", async () => {
  const t0 = performance.now();
  const out = await run(
    FLAG + `
p = select.poll()
p.register(Flag(0), select.POLLIN)
print(p.poll(120))
print(list(p.ipoll(30)))
print(select.select([], [], [], 0.03))
`,
  );
  const wall = performance.now() - t0;
  assertEquals(out, "[]\n[]\n([], [], [])\n");
  ok(wall >= 175 && wall < 1500, `${wall} ms`);
});

Deno.test("poll on sys.stdin and input() wait for piped data (spawned upy)", async () => {
  const root = new URL("../../", import.meta.url).pathname;
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--no-lock",
      `${root}ports/unix/main.ts`,
      "-c",
      `import select, sys
p = select.poll()
p.register(sys.stdin, select.POLLIN)
print(p.poll(0))
print(p.poll(5000)[0][1])
print(input())
print(repr(sys.stdin.readline()))`,
    ],
    stdin: "piped",
    stdout: "piped",
  }).spawn();
  await new Promise((r) => setTimeout(r, 300));
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode("first\nsecond\n"));
  await w.close();
  const out = new TextDecoder().decode((await child.output()).stdout);
  // (input() echoes the line it read from a pipe, with CR LF, as the unix port's readline does)
  assertEquals(out, "[]\n1\nfirst\r\nfirst\n'second\\n'\n");
});
