// termios over a host terminal: the attribute model (setraw, tcsetattr's speeds and checks)
// and the raw-mode switches the host receives, with a fake terminal on the standard streams.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { createInterpreter } from "../../mod.ts";
import { memoryHost } from "../py/host.ts";

async function run(source: string, ttys: number[]): Promise<[string, [boolean, boolean][]]> {
  let out = "";
  const modes: [boolean, boolean][] = [];
  const host = memoryHost({
    terminal: {
      isTerminal: (fd) => ttys.includes(fd),
      setRaw: (raw, cbreak) => void modes.push([raw, cbreak]),
    },
  });
  const interp = createInterpreter({ host, stdout: (s) => (out += s), stderr: (s) => (out += s) });
  await interp.runSource(source);
  return [out, modes];
}

// What the unix port printed for the same calls on a Linux pseudo-terminal.
const COOKED_CC = "[b'\\x03', b'\\x1c', b'\\x7f', b'\\x15', b'\\x04', 0, 1, b'\\x00', b'\\x11', " +
  "b'\\x13', b'\\x1a', b'\\x00', b'\\x12', b'\\x0f', b'\\x17', b'\\x16'" +
  ", b'\\x00'".repeat(16) + "]";

Deno.test("tcgetattr gives a cooked terminal's attributes; setraw and restore switch modes", async () => {
  const [out, modes] = await run(
    `import termios
a = termios.tcgetattr(0)
print(a)
termios.setraw(0)
print(termios.tcgetattr(1)[:6], termios.tcgetattr(0)[6][5:7])
termios.tcsetattr(0, termios.TCSANOW, a)
print(termios.tcgetattr(0) == a)
`,
    [0, 1],
  );
  assertEquals(
    out,
    `[1280, 5, 191, 35387, 15, 15, ${COOKED_CC}]\n[0, 0, 191, 0, 15, 15] [0, 1]\nTrue\n`,
  );
  assertEquals(modes, [[true, false], [false, false]]);
});

Deno.test("tcsetattr: speeds live in c_cflag, bad ones are EINVAL; cbreak keeps ISIG", async () => {
  const [out, modes] = await run(
    `import termios
def t(f):
    try: print(f())
    except OSError as e: print("OSError", e.errno)
a = termios.tcgetattr(0)
c = list(a); c[6] = list(a[6])
c[4] = 0; c[5] = termios.B9600
termios.tcsetattr(0, 0, c); print(termios.tcgetattr(0)[2:6])
c[4] = 9; c[5] = 4111
termios.tcsetattr(0, 0, c); print(termios.tcgetattr(0)[2:6])
c[5] = 4112; t(lambda: termios.tcsetattr(0, 0, c))
c[5] = 15; t(lambda: termios.tcsetattr(0, 3, c))
c[0] = -1; c[6][6] = 300; c[6][0] = "\\xe9"; c[3] = 1
termios.tcsetattr(0, 0, c); r = termios.tcgetattr(0); print(r[0], r[3], r[6][0], r[6][6])
t(lambda: termios.tcgetattr(2)); t(lambda: termios.tcgetattr(7))
`,
    [0],
  );
  assertEquals(
    out,
    "[189, 35387, 13, 13]\n[4287, 35387, 4111, 4111]\nOSError 22\nOSError 22\n" +
      "2147483647 1 b'\\xc3' 44\nOSError 25\nOSError 9\n",
  );
  // Canonical input twice, then ICANON off with ISIG on: raw input that keeps Ctrl-C.
  assertEquals(modes, [[false, false], [false, false], [true, true]]);
});

Deno.test("no terminal: ENOTTY on the standard streams and the host is never asked", async () => {
  const [out, modes] = await run(
    `import termios
for fd in (0, 1, 2):
    try: termios.setraw(fd)
    except OSError as e: print(e.errno)
`,
    [],
  );
  assertEquals(out, "25\n25\n25\n");
  assertEquals(modes, []);
});
