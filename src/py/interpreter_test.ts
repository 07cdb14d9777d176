// Interpreters are separate: two running at the same time in one process, both suspended in
// sleeps that interleave, never see each other's globals, builtins, modules, sys.path, argv or
// output; the library API (globals, imports, calls) works on one without touching the other.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { createInterpreter, Interpreter, memoryHost, PythonError } from "../../mod.ts";

const PROGRAM = (name: string, other: string) => `
import sys, time
sys.path.append('/only/${name}')
sys.argv.append('${name}')
import micropython
micropython.opt_level(${name === "a" ? 2 : 1})
ident = '${name}'
print = print  # a global shadowing a builtin
import builtins
builtins.MARK = '${name}'
sys.modules['shared_${name}'] = sys
log = []
for i in range(4):
    time.sleep_ms(7 if ident == 'a' else 5)
    log.append(i)
    print(ident, i, MARK, 'ident' in globals())
print(ident, 'done', '/only/${other}' in sys.path, '${other}' in sys.argv,
      'shared_${other}' in sys.modules, micropython.opt_level())
`;

Deno.test("two interpreters run concurrently, fully separated", async () => {
  const outA: string[] = [];
  const outB: string[] = [];
  /** Order in which the two wrote, to prove the runs really interleaved. */
  const order: string[] = [];
  const a = createInterpreter({
    stdout: (s) => (outA.push(s), order.push("a")),
    stderr: (s) => outA.push(s),
  });
  const b = createInterpreter({
    stdout: (s) => (outB.push(s), order.push("b")),
    stderr: (s) => outB.push(s),
  });
  const [ra, rb] = await Promise.all([
    a.runSource(PROGRAM("a", "b"), "a.py"),
    b.runSource(PROGRAM("b", "a"), "b.py"),
  ]);
  assertEquals([ra.code, rb.code], [0, 0], outA.join("") + outB.join(""));
  const expect = (n: string, level: number) =>
    [0, 1, 2, 3].map((i) => `${n} ${i} ${n} True\n`).join("") +
    `${n} done False False False ${level}\n`;
  assertEquals(outA.join(""), expect("a", 2));
  assertEquals(outB.join(""), expect("b", 1));
  // Both were suspended in sleeps while the other ran.
  const firstDone = Math.min(order.lastIndexOf("a"), order.lastIndexOf("b"));
  ok(new Set(order.slice(0, firstDone)).size === 2, `runs did not interleave: ${order}`);
  // Globals and builtins stayed apart.
  assertEquals(a.getGlobal("ident"), "a");
  assertEquals(b.getGlobal("ident"), "b");
  assertEquals(a.state.builtins.get("MARK"), "a");
  assertEquals(b.state.builtins.get("MARK"), "b");
});

Deno.test("a builtin assigned in one run is not seen by the next interpreter", async () => {
  let out = "";
  const first = createInterpreter({ stdout: (s) => (out += s) });
  await first.runSource("import builtins\nbuiltins.len = lambda x: 42\nprint(len('ab'))");
  const second = createInterpreter({ stdout: (s) => (out += s) });
  await second.runSource("print(len('ab'))");
  assertEquals(out, "42\n2\n");
});

Deno.test("library API: globals, imports, calls, errors", async () => {
  const files: Record<string, string> = {
    "helper.py": "def twice(x):\n    return 2 * x\n",
  };
  const enc = new TextEncoder();
  let out = "";
  const py = new Interpreter({
    host: memoryHost({
      writeStdout: (s) => (out += s),
      readFile: (p) => (p in files ? enc.encode(files[p]) : undefined),
    }),
    argv: ["prog"],
  });
  await py.runSource(
    "import sys\nimport time\nprint(sys.argv)\nasync def later(x):\n  return x\n" +
      "def slow(x):\n  time.sleep_ms(2)\n  return x + 1\n",
  );
  assertEquals(out, "['prog']\n");
  py.setGlobal("n", 20);
  assertEquals(await py.call("slow", py.getGlobal("n")!), 21);
  const helper = py.importModule("helper");
  assertEquals(await py.call(helper.globals.get("twice")!, 4), 8);
  let err: unknown;
  try {
    py.importModule("missing");
  } catch (e) {
    err = e;
  }
  ok(err instanceof PythonError);
  assertEquals(err.message, "ImportError: no module named 'missing'");
  await assertRejects(() => py.call("nope"), "NameError: name 'nope' isn't defined");
});

async function assertRejects(f: () => Promise<unknown>, message: string): Promise<void> {
  try {
    await f();
  } catch (e) {
    ok(e instanceof PythonError);
    assertEquals(e.message, message);
    return;
  }
  throw new Error("expected a PythonError");
}
