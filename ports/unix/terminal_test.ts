// The unix host's standard streams as termios and select.poll see them, checked on real
// descriptors: stdin from a pipe, a file and /dev/null in a child upy, and a pseudo-terminal
// (through `script`) against the real unix port where both are available.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { join } from "node:path";
import { haveUnixPort, UNIX_PORT } from "../../src/fs/test_support.ts";

const UPY = join(import.meta.dirname!, "..", "..", "bin", "upy");

async function upy(args: string[], stdin: "piped" | "null", input?: string): Promise<string> {
  const child = new Deno.Command(UPY, { args, stdin, stdout: "piped", stderr: "piped" }).spawn();
  if (stdin === "piped") {
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(input ?? ""));
    await w.close();
  }
  const r = await child.output();
  return new TextDecoder().decode(r.stdout) + new TextDecoder().decode(r.stderr);
}

const POLL_PROGRAM = `
import select, sys, termios
p = select.poll()
p.register(sys.stdin, select.POLLIN | select.POLLOUT)
print(p.poll(2000)[0][1])
print(repr(sys.stdin.read()))
print(p.poll(2000)[0][1])
try:
    termios.tcgetattr(0)
except OSError as e:
    print(e.errno)
`;

Deno.test("stdin from a pipe: readable while data is buffered, hangs up at its end", async () => {
  // The unix port prints 17 first when the writer has already closed: upy learns of the end
  // only by reading it.
  const out = await upy(["-c", POLL_PROGRAM], "piped", "abc\n");
  assertEquals(out, "1\n'abc\\n'\n16\n25\n");
});

Deno.test("stdin from /dev/null or a file: always readable and writable, not a tty", async () => {
  assertEquals(await upy(["-c", POLL_PROGRAM], "null"), "5\n''\n5\n25\n");
  const path = await Deno.makeTempFile();
  try {
    await Deno.writeTextFile(path, "xyz");
    const cmd = new Deno.Command("/bin/sh", {
      args: ["-c", `exec "$0" -c "$1" < "$2"`, UPY, POLL_PROGRAM, path],
      stdout: "piped",
    });
    assertEquals(new TextDecoder().decode((await cmd.output()).stdout), "5\n'xyz'\n5\n25\n");
  } finally {
    await Deno.remove(path);
  }
});

function haveScript(): boolean {
  try {
    return Deno.statSync("/usr/bin/script").isFile;
  } catch {
    return false;
  }
}

// Results are printed after the terminal is restored: in raw mode the unix port's output has no
// carriage returns, Deno's raw mode keeps output processing.
const TTY_PROGRAM = `
import termios
out = []
a = termios.tcgetattr(0)
out.append(a)
termios.setraw(0)
out.append(termios.tcgetattr(0))
c = list(a); c[6] = list(a[6]); c[4] = 0; c[5] = termios.B115200; c[6][0] = b"ab"
termios.tcsetattr(0, 0, c)
out.append(termios.tcgetattr(0))
termios.tcsetattr(0, termios.TCSANOW, a)
out.append(termios.tcgetattr(0) == a)
for x in out:
    print(x)
`;

Deno.test({
  name: "on a pseudo-terminal termios gives what the unix port gives",
  ignore: !haveUnixPort || !haveScript(),
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      const prog = join(dir, "tty.py");
      await Deno.writeTextFile(prog, TTY_PROGRAM);
      const under = async (cmd: string) => {
        const r = await new Deno.Command("/usr/bin/script", {
          args: ["-qc", `${cmd} ${prog}`, "/dev/null"],
          stdin: "null",
          stdout: "piped",
        }).output();
        return new TextDecoder().decode(r.stdout);
      };
      const mine = await under(UPY);
      assertEquals(mine, await under(UNIX_PORT));
      assertEquals(mine.trimEnd().endsWith("True"), true);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
