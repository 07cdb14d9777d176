// VM behaviour that the vectors don't cover: suspension, event-loop yields, interrupts,
// recursion limits, imports through the file hook, reprs.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { builtin, type PyValue } from "./obj.ts";
import { Op } from "./bytecode.ts";
import { compileSource } from "./compile.ts";
import { formatException, toPyException } from "./obj_exception.ts";
import { call } from "./runtime.ts";
import { Interpreter } from "./interpreter.ts";
import { memoryHost } from "./host.ts";
import { activate, state } from "./interp_state.ts";
import {
  canSuspend,
  loadCode,
  newModuleGlobals,
  runModule,
  runModuleSync,
  Suspend,
  vmDepth,
} from "./vm.ts";
import "../../emitter/machine_backends.ts";

let out = "";
/** Files the import test provides. */
let files: Record<string, string> = {};
const enc = new TextEncoder();
const interp = new Interpreter({
  host: memoryHost({
    writeStdout: (s) => (out += s),
    writeStderr: (s) => (out += s),
    readFile: (p) => (p in files ? enc.encode(files[p]) : undefined),
  }),
});
const builtinsDict = interp.state.builtins;

async function run(src: string, sync = false): Promise<string> {
  out = "";
  activate(interp.state);
  try {
    const code = loadCode(compileSource(src, "t.py"));
    const g = newModuleGlobals("__main__");
    if (sync) runModuleSync(code, g);
    else await runModule(code, g);
  } catch (e) {
    out += formatException(toPyException(e));
  }
  return out;
}

const delay = (ms: number, v: PyValue) => new Promise<PyValue>((r) => setTimeout(() => r(v), ms));

builtinsDict.set(
  "wait",
  builtin(
    "wait",
    (a) => {
      if (!canSuspend()) return -1;
      return new Suspend(delay(5, a[0]));
    },
    1,
    1,
  ),
);
builtinsDict.set(
  "wait_fail",
  builtin("wait_fail", () => new Suspend(Promise.reject(new Error("nope"))), 0, 0),
);
builtinsDict.set(
  "suspend_anyway",
  builtin("suspend_anyway", () => new Suspend(delay(1, null)), 0, 0),
);
builtinsDict.set(
  "interrupt_me",
  builtin("interrupt_me", () => (state.interruptPending = true, null), 0, 0),
);
builtinsDict.set("call_native", builtin("call_native", (a) => call(a[0], []), 1, 1));

Deno.test("a native's Suspend is awaited and its value returned to Python", async () => {
  const out = await run(`
def f(x):
    return wait(x) * 2
total = 0
for i in range(3):
    total += f(i)
print(total, wait("s"))
`);
  assertEquals(out, "6 s\n");
});

Deno.test("a rejected Suspend raises in Python code", async () => {
  const out = await run(`
try:
    wait_fail()
except RuntimeError as e:
    print("caught", e)
`);
  assertEquals(out, "caught internal error: nope\n");
});

Deno.test("Suspend inside a nested loop raises RuntimeError", async () => {
  const out = await run(`
def cb():
    return suspend_anyway()
try:
    call_native(cb)
except RuntimeError as e:
    print("RE")
print(call_native(lambda: wait(1)))
`);
  assertEquals(out, "RE\n-1\n");
});

Deno.test("the top-level loop yields to the event loop", async () => {
  let fired = 0;
  const timer = setInterval(() => fired++, 1);
  await run(`
i = 0
while i < 3000000:
    i += 1
`);
  clearInterval(timer);
  if (fired === 0) throw new Error("event loop never ran");
});

Deno.test("interrupt.pending raises KeyboardInterrupt at the next check", async () => {
  const out = await run(`
try:
    interrupt_me()
    while True:
        pass
except KeyboardInterrupt:
    print("KI")
`);
  assertEquals(out, "KI\n");
});

Deno.test("deep recursion raises RuntimeError, not a JS error", async () => {
  const out = await run(
    `
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RuntimeError as e:
    print(e)
class A:
    def __eq__(self, o):
        return self == o
try:
    A() == A()
except RuntimeError as e:
    print(e)
`,
    true,
  );
  assertEquals(
    out,
    "maximum recursion depth exceeded\nmaximum recursion depth exceeded\n",
  );
  assertEquals(vmDepth(), 0);
});

Deno.test("tracebacks list every frame with its line", async () => {
  const out = await run(`def a():
    return 1 // 0
def b():
    a()
b()
`);
  assertEquals(
    out,
    'Traceback (most recent call last):\n  File "t.py", line 5, in <module>\n' +
      '  File "t.py", line 4, in b\n  File "t.py", line 2, in a\nZeroDivisionError: divide by zero\n',
  );
});

Deno.test("imports: packages, submodules, relative imports, errors", async () => {
  files = {
    "pkg/__init__.py": "from . import sub\nVALUE = 'pkg'\n",
    "pkg/sub.py": "from .helper import h\nNAME = __name__\ndef f():\n    return h() + 1\n",
    "pkg/helper.py": "def h():\n    return 41\n",
    "mod1.py": "print('mod1 runs', __name__, __file__)\nX = 5\n_hidden = 1\n",
  };
  try {
    const out = await run(`
import mod1
import mod1
print(mod1.X, mod1)
import pkg.sub
print(pkg.VALUE, pkg.sub.NAME, pkg.sub.f())
from pkg.sub import f as ff
print(ff())
from pkg import helper
print(helper.h())
from mod1 import *
print(X, '_hidden' in globals())
try:
    import nothere
except ImportError as e:
    print(e)
try:
    from mod1 import nothing
except ImportError as e:
    print(e)
import sys
print(sys.modules['pkg.helper'] is helper, __import__('pkg').VALUE)
`);
    assertEquals(
      out,
      "mod1 runs mod1 mod1.py\n5 <module 'mod1' from 'mod1.py'>\npkg pkg.sub 42\n42\n41\n" +
        "5 False\nno module named 'nothere'\ncan't import name nothing\nTrue pkg\n",
    );
  } finally {
    files = {};
    for (const k of ["mod1", "pkg", "pkg.sub", "pkg.helper"]) interp.state.modules.delete(k);
  }
});

Deno.test("function and generator objects", async () => {
  const out = await run(`
def f(): pass
def g(): yield 1
print(repr(f).startswith('<function f at 0x'), f.__name__, repr(g), type(g()).__name__)
print(repr(g()).startswith("<generator object 'g' at "))
`);
  assertEquals(out, "True f <generator> generator\nTrue\n");
});

Deno.test("the dispatch loop's literal case labels match the opcode table", () => {
  // vm.ts switches on numeric literals (V8 builds a jump table only for literal cases); each
  // is annotated with its name from bytecode.ts, checked here.
  const src = Deno.readTextFileSync(new URL("./vm.ts", import.meta.url));
  let checked = 0;
  for (const m of src.matchAll(/case (0x[0-9a-f]+): (?:\{ )?\/\/ ([A-Z_]+)\b/g)) {
    assertEquals([m[2], Number(m[1])], [m[2], Op[m[2] as keyof typeof Op]]);
    checked++;
  }
  if (checked < 60) throw new Error(`only ${checked} labelled cases found`);
});
