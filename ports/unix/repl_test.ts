// The REPL on a pseudo-terminal, keys in and screen bytes out, against the screens the unix
// port's binary showed for the same keys (testdata/repl_screens.json, from repl_record.ts):
// every editing key, history (and its file), auto-indent, tab completion, Ctrl-C/D, paste
// mode, the raw REPL, raw paste and an mpremote-style exchange. Plus the pieces alone.
import { deepStrictEqual as assertEquals, equal } from "node:assert/strict";
import { join } from "node:path";
import { needsContinuation, Repl, type ReplTerminal } from "./repl.ts";
import { History, LineEditor } from "./line_editor.ts";
import { formatCandidates } from "./repl_complete.ts";
import { normalizeScreen, SESSIONS } from "./repl_sessions.ts";
import { havePty, playSessions } from "./repl_pty.ts";
import { SCREENS_FILE } from "./repl_record.ts";
import type { ReplBackend } from "./repl_exec.ts";
import { haveUnixPort, UNIX_PORT } from "../../src/fs/test_support.ts";
import { type ExecResult, RawRepl } from "../qemu/raw_repl.ts";
import { SerialLink } from "../qemu/serial.ts";

const UPY = join(import.meta.dirname!, "..", "..", "bin", "upy");

Deno.test("continuation: mp_repl_continue_with_input", () => {
  const cases: [string, boolean][] = [
    ["x = 1", false],
    ["if x:", true],
    ["if x:\n    y", true],
    ["if x:\n    y\n", false],
    ["iffy = 1", false],
    ["f(1,", true],
    ["s = '''abc", true],
    ["s = ')'", false],
    ["s = '\\')'", false],
    ["@dec", true],
    ["x = 1 + \\", true],
    ["x = (1,\n2)", false],
    ["async def f():", true],
    ["", false],
  ];
  for (const [source, more] of cases) equal(needsContinuation(source), more, source);
});

Deno.test("candidates print in 16-wide columns, at most 64 per line", () => {
  equal(formatCandidates(["ab", "cd"]), "\nab              cd\n");
  const long = formatCandidates(["a", "b", "c", "d", "e", "fifteen_chars__"]);
  equal(
    long,
    "\na               b               c               d\ne               fifteen_chars__\n",
  );
});

Deno.test("history keeps 50 distinct-from-previous lines, newest first, and its file", () => {
  const h = new History();
  h.load("a\n\nb\nb\nc\n");
  assertEquals(h.lines, ["c", "b", "a"]);
  for (let i = 0; i < 60; i++) h.push(`l${i}`);
  equal(h.lines.length, 50);
  equal(h.lines[0], "l59");
  equal(h.save().split("\n")[0], "l10");
});

Deno.test("line editor: word moves stop at non-alphanumerics", () => {
  let screen = "";
  const e = new LineEditor((s) => (screen += s), new History());
  e.begin(">>> ");
  for (const c of "foo_bar.baz\x1bb\x1bb") e.feed(c.charCodeAt(0));
  equal(screen, ">>> foo_bar.baz\b\b\b\b\b\b\b");
  e.feed(23); // Ctrl-W deletes back to the start of "foo", the underscore too
  equal(e.text, "bar.baz");
});

/** A terminal made of a key list and a screen string. */
function scriptedTerminal(keys: string): ReplTerminal & { screen: string } {
  let i = 0;
  const t = {
    screen: "",
    read: () => Promise.resolve(i < keys.length ? keys.charCodeAt(i++) : null),
    write: (d: string | Uint8Array) => {
      t.screen += typeof d === "string" ? d : String.fromCharCode(...d);
    },
    setRaw: () => {},
  };
  return t;
}

Deno.test("raw REPL: SystemExit ends the REPL after framing; end of input exits", async () => {
  const ran: string[] = [];
  const backend: ReplBackend = {
    execute: (source) => {
      ran.push(source);
      return Promise.resolve(source === "bye" ? { exitCode: 7 } : {});
    },
    complete: () => ({ kind: "none" }),
  };
  const term = scriptedTerminal("\x01ok\x04bye\x04");
  equal(await new Repl(term, backend, "B").run(), 7);
  assertEquals(ran, ["ok", "bye"]);
  equal(term.screen.endsWith(">OK\x04\x04>OK\x04\x04"), true);
  const closed = scriptedTerminal("1");
  equal(await new Repl(closed, backend, "B").run(), 0);
});

function expectedScreens(): Record<string, string> | undefined {
  try {
    return JSON.parse(Deno.readTextFileSync(SCREENS_FILE));
  } catch {
    return undefined;
  }
}

const pty = havePty();
if (!pty) console.log("repl_test: no python3 pty module, terminal sessions skipped");

Deno.test({
  name: "terminal sessions show what the unix port shows",
  ignore: !pty,
  async fn(t) {
    const expected = expectedScreens()!;
    const screens = await playSessions([UPY], SESSIONS, 6);
    for (const s of SESSIONS) {
      await t.step(s.name, () => {
        equal(normalizeScreen(screens[s.name]), expected[s.name]);
      });
    }
  },
});

Deno.test({
  name: "after -i with piped stdin, a newline is Enter (as the unix port reads it)",
  ignore: !haveUnixPort,
  async fn() {
    const input = "print(1)\n1+1\nfor i in range(2):\n  print(i)\n\n";
    const screen = async (binary: string) => {
      const child = new Deno.Command(binary, {
        args: ["-i"],
        stdin: "piped",
        stdout: "piped",
        env: { HOME: Deno.makeTempDirSync() },
      }).spawn();
      const w = child.stdin.getWriter();
      await w.write(new TextEncoder().encode(input));
      await w.close();
      return normalizeScreen(new TextDecoder().decode((await child.output()).stdout));
    };
    equal(await screen(UPY), await screen(UNIX_PORT));
  },
});

/** Drive `binary -i` over pipes with the project's own raw REPL client (ports/qemu). */
async function rawReplClient(binary: string): Promise<ExecResult[]> {
  const child = new Deno.Command(binary, {
    args: ["-i"],
    stdin: "piped",
    stdout: "piped",
    env: { HOME: Deno.makeTempDirSync() },
  }).spawn();
  const writer = child.stdin.getWriter();
  const link = new SerialLink(child.stdout, { write: (d) => writer.write(d) });
  const repl = new RawRepl(link);
  await repl.enter();
  const long = "total = 0\nfor i in range(100):\n    total += i\n" +
    "# a comment that makes this program longer than one raw-paste window of 128 bytes\n" +
    "print('total', total)\n";
  const results = [
    await repl.exec(long, 10000),
    await repl.exec("import sys\nprint(sys.platform)\n1/0\n", 10000),
  ];
  await writer.close();
  await child.status;
  await link.finished();
  return results;
}

Deno.test("a board tool's raw REPL client (raw paste, flow control) drives upy", async () => {
  const results = await rawReplClient(UPY);
  assertEquals(results, [
    { stdout: "total 4950\n", stderr: "" },
    {
      stdout: "linux\n",
      stderr: 'Traceback (most recent call last):\n  File "<stdin>", line 3, in <module>\n' +
        "ZeroDivisionError: divide by zero\n",
    },
  ]);
  if (haveUnixPort) assertEquals(await rawReplClient(UNIX_PORT), results);
});
