// The JavaScript tier against the interpreter on what a compiled function must still do exactly
// as before: suspend in time.sleep (its activations are handed back to the interpreter), run
// scheduled callbacks and KeyboardInterrupt at backward jumps, raise RuntimeError on deep
// recursion, overflow into big ints, and keep tracebacks. Each program runs with -X jit off, on
// and eager; the outputs must be equal and as expected.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { createInterpreter } from "../../mod.ts";

type Mode = "off" | "on" | "eager";

async function run(src: string, jit: Mode, interruptAfterMs?: number) {
  let out = "";
  const sink = (s: string) => out += s;
  const py = createInterpreter({ jit, stdout: sink, stderr: sink });
  const timer = interruptAfterMs === undefined
    ? undefined
    : setTimeout(() => py.interrupt(), interruptAfterMs);
  const r = await py.runSource(src, "t.py");
  clearTimeout(timer);
  return { out, code: r.code, compiled: py.state.jitCompiled.map((c) => c.name) };
}

async function same(src: string, expected: string, interruptAfterMs?: number) {
  const compiled: Record<string, string[]> = {};
  for (const mode of ["off", "on", "eager"] as const) {
    const r = await run(src, mode, interruptAfterMs);
    assertEquals(r.out, expected, `-X jit=${mode}`);
    compiled[mode] = r.compiled;
  }
  assertEquals(compiled.off, []);
  return compiled;
}

Deno.test("jit: time.sleep inside compiled calls parks them and resumes", async () => {
  const src = `import time
def inner(i):
    if i % 1000 == 0:
        time.sleep_ms(1)
    return i * 2
def work(n):
    s = 0
    for i in range(n):
        s += inner(i)
    return s
for k in range(3):
    print(work(3000 + k))
def deep(n):
    if n == 0:
        time.sleep_ms(1)
        return 0
    return 1 + deep(n - 1)
print(deep(40))
`;
  const c = await same(src, "8997000\n9003000\n9009002\n40\n");
  assertEquals(c.eager.includes("deep") && c.on.includes("work"), true);
});

Deno.test("jit: scheduled callbacks and KeyboardInterrupt reach a compiled loop", async () => {
  const src = `import micropython
flag = [0]
def cb(x):
    flag[0] = x
def wait():
    micropython.schedule(cb, 7)
    n = 0
    while flag[0] == 0:
        n += 1
    return flag[0]
print(wait())
def spin():
    while True:
        pass
spin()
`;
  const tb = 'Traceback (most recent call last):\n  File "t.py", line 15, in <module>\n' +
    '  File "t.py", line 14, in spin\nKeyboardInterrupt: \n';
  await same(src, "7\n" + tb, 300);
});

Deno.test("jit: recursion limit, big ints, floats and tracebacks", async () => {
  const src = `def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RuntimeError as e:
    print("RuntimeError", e)
def big(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x
print(big(70), big(5))
def fl(n):
    s = 0.0
    for i in range(n):
        s += i / 3
    return s
print(fl(100), 2**62 + 2**62, -(2**53) - 1)
def g(d):
    return d["missing"]
def h():
    return g({})
h()
`;
  await same(
    src,
    "RuntimeError maximum recursion depth exceeded\n" +
      "3128944381241552001644464982607276 301\n" +
      "1650.0 9223372036854775808 -9007199254740993\n" +
      'Traceback (most recent call last):\n  File "t.py", line 23, in <module>\n' +
      '  File "t.py", line 22, in h\n  File "t.py", line 20, in g\nKeyError: missing\n',
  );
});

Deno.test("jit: micropython.jit() reads and sets the mode", async () => {
  const src = `import micropython
print(micropython.jit())
micropython.jit("eager")
def f(x):
    return x + 1
print(f(1), micropython.jit())
`;
  const r = await run(src, "on");
  assertEquals(r.out, "on\n2 eager\n");
  assertEquals(r.compiled, ["f"]);
  assertEquals((await run(src, "off")).out, "off\n2 eager\n");
});
