import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { createInterpreter } from "../mod.ts";
import { isException, newException, PyBaseException, ValueError } from "../src/py/obj_exception.ts";
import { PyByteArray } from "../src/py/obj_bytes.ts";
import { PyDict } from "../src/py/obj_dict.ts";
import type { PyValue } from "../src/py/obj.ts";
import type { Operand } from "./asm_types.ts";
import { createAssembler } from "./asm_thumb.ts";
import { asmRunner } from "./emit_inline_thumb_run.ts";
import { NativeRuntime } from "./native_run.ts";
import { HANDLE_BASE, Handles } from "./native_run_mem.ts";
import { floorDivide, modulo, nativeFromObj, nativeToObj } from "./native_run_ops.ts";

const VECTORS = new URL("../src/mpy/testdata/vectors/", import.meta.url);

// --- the real mpy-cross vectors ---------------------------------------------------------------

for (const arch of ["armv7m", "armv6m"]) {
  for (const entry of [...Deno.readDirSync(VECTORS)].map((e) => e.name).sort()) {
    if (!/^7[1-8]_.*\.py$/.test(entry)) continue;
    const stem = entry.slice(0, -3);
    Deno.test(`vector ${stem}.${arch}.mpy prints its .exp`, async () => {
      let out = "", err = "";
      const py = createInterpreter({ stdout: (s) => out += s, stderr: (s) => err += s });
      const bytes = Deno.readFileSync(new URL(`${stem}.${arch}.mpy`, VECTORS));
      const r = await py.runMpy(bytes, `${stem}.py`);
      assertEquals(err, "");
      assertEquals(r.code, 0);
      assertEquals(out, Deno.readTextFileSync(new URL(`${stem}.exp`, VECTORS)));
    });
  }
}

Deno.test("an exception leaving a native method gets MicroPython's traceback", async () => {
  let err = "";
  const py = createInterpreter({ stdout: () => {}, stderr: (s) => err += s });
  await py.runMpy(Deno.readFileSync(new URL("75_native_class.armv7m.mpy", VECTORS)), "t.py");
  await py.runReplLine("s = Stack()");
  await py.runReplLine("s.pop()");
  assertEquals(
    err,
    'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n' +
      "IndexError: empty stack\n",
  );
});

// --- hand-made machine code against the runtime ------------------------------------------------

const R = (n: number): Operand => ({ kind: "reg", n });
const I = (value: number): Operand => ({ kind: "imm", value });
const M = (base: number, offset = 0): Operand => ({ kind: "mem", base, offset });
const L = (name: string): Operand => ({ kind: "label", name });
const LIST = (...regs: number[]): Operand => ({ kind: "reglist", regs });

/** Assemble rows of [mnemonic, ...operands]; a bare string is a label. */
function code(rows: (string | [string, ...Operand[]])[]): Uint8Array {
  const a = createAssembler("armv7m");
  rows.forEach((row, line) => {
    if (typeof row === "string") a.label(row, line);
    else a.op(row[0], row.slice(1) as Operand[], line);
  });
  return a.finish();
}

/** Call the fun table entry `i` (r7 = mp_fun_table), as mpy-cross code does. */
const callEntry = (i: number): [string, ...Operand[]][] => [
  ["ldr", R(3), M(7, 4 * i)],
  ["blx", R(3)],
];

/** f(exc, table): nlr_push; raise exc; on the jump back check r4 was restored and return
 * nlr.ret_val (or 1 if r4 is wrong, 0 if raise returned). */
const NLR_CODE = code([
  ["push", LIST(4, 5, 6, 7, 14)],
  ["sub", R(13), I(80)],
  ["mov", R(5), R(0)],
  ["mov", R(7), R(1)],
  ["movs", R(4), I(7)],
  ["mov", R(0), R(13)],
  ...callEntry(32),
  ["cmp", R(0), I(0)],
  ["bne", L("caught")],
  ["movs", R(4), I(9)],
  ["mov", R(0), R(5)],
  ...callEntry(34),
  ["movs", R(0), I(0)],
  ["b", L("end")],
  "caught",
  ["movs", R(0), I(1)],
  ["cmp", R(4), I(7)],
  ["bne", L("end")],
  ["ldr", R(0), M(13, 4)],
  "end",
  ["add", R(13), I(80)],
  ["pop", LIST(4, 5, 6, 7, 15)],
]);

/** f(exc, table): raise exc with no handler. */
const RAISE_CODE = code([
  ["push", LIST(4, 5, 6, 7, 14)],
  ["mov", R(7), R(1)],
  ...callEntry(34),
  ["pop", LIST(4, 5, 6, 7, 15)],
]);

function runtime(): NativeRuntime {
  return new NativeRuntime(asmRunner());
}

/** Run `entry` as one outermost machine call. */
function run(rt: NativeRuntime, entry: number, args: number[]): number {
  const old = rt.enter(new PyDict());
  try {
    return rt.exec(entry, args);
  } finally {
    rt.leave(old);
  }
}

function throwsPy(fn: () => unknown, type: string, text = ""): void {
  try {
    fn();
  } catch (e) {
    ok(isException(e), `not a Python exception: ${e}`);
    assertEquals((e as PyBaseException).type.name, type);
    ok(String((e as PyBaseException).args.items[0] ?? "").includes(text));
    return;
  }
  throw new Error("expected an exception");
}

Deno.test("nlr: a raise lands in the handler with callee-saved registers and ret_val", () => {
  const rt = runtime();
  const f = rt.m.loadCode(NLR_CODE);
  const exc = newException(ValueError, "boom");
  const old = rt.enter(new PyDict());
  try {
    const w = rt.word(exc);
    assertEquals(rt.exec(f, [w, rt.funTable]), w);
    assertEquals(rt.value(w), exc);
  } finally {
    rt.leave(old);
  }
});

Deno.test("nlr: without a handler the exception leaves the machine call", () => {
  const rt = runtime();
  const f = rt.m.loadCode(RAISE_CODE);
  const exc = newException(ValueError, "out");
  throwsPy(() => run(rt, f, [rt.word(exc), rt.funTable]), "ValueError", "out");
  // raise(None) is a no-op (END_FINALLY passes None).
  assertEquals(run(rt, f, [rt.word(null), rt.funTable]), rt.word(null));
});

Deno.test("nlr: a handler in an outer machine call catches a raise from a nested one", () => {
  const rt = runtime();
  const raiser = rt.m.loadCode(RAISE_CODE);
  const catcher = rt.m.loadCode(NLR_CODE);
  const exc = newException(ValueError, "deep");
  // The outer code's "raise" entry is a host callback that runs the raiser in a nested call.
  const nested = rt.host((rt, w) => {
    run(rt, raiser, [w, rt.funTable]);
  });
  const table = rt.heap.alloc(4 * 87);
  for (let i = 0; i < 87; i++) rt.m.write32(table + 4 * i, rt.m.read32(rt.funTable + 4 * i));
  rt.m.write32(table + 4 * 34, nested);
  const old = rt.enter(new PyDict());
  try {
    const w = rt.word(exc);
    assertEquals(rt.exec(catcher, [w, table]), w);
  } finally {
    rt.leave(old);
  }
});

Deno.test("faults and unsupported table entries become Python exceptions", () => {
  const rt = runtime();
  const load0 = rt.m.loadCode(code([["movs", R(0), I(0)], ["ldr", R(0), M(0)], ["bx", R(14)]]));
  throwsPy(() => run(rt, load0, []), "RuntimeError", "memory fault");
  const entry57 = rt.m.loadCode(code([
    ["push", LIST(7, 14)],
    ["mov", R(7), R(0)],
    ...callEntry(57),
    ["pop", LIST(7, 15)],
  ]));
  throwsPy(() => run(rt, entry57, [rt.funTable]), "NotImplementedError", "obj_new_str");
});

Deno.test("ptr8: stores by machine code land in the bytearray itself", () => {
  const rt = runtime();
  const ba = new PyByteArray(new Uint8Array([1, 2, 3, 4]));
  const store = rt.m.loadCode(code([["strb", R(1), M(0, 2)], ["bx", R(14)]]));
  const old = rt.enter(new PyDict());
  try {
    const p = nativeFromObj(rt, rt.word(ba), 5);
    rt.exec(store, [p, 0x41]);
  } finally {
    rt.leave(old);
  }
  assertEquals([...ba.data], [1, 2, 0x41, 4]);
});

Deno.test("viper values wrap at 32 bits", () => {
  const rt = runtime();
  const val = (w: number) => rt.value(w) as PyValue;
  assertEquals(val(nativeToObj(rt, 0xffffffff, 2)), -1);
  assertEquals(val(nativeToObj(rt, 0xffffffff, 3)), 4294967295);
  assertEquals(val(nativeToObj(rt, 0x80000000, 2)), -2147483648);
  assertEquals(nativeFromObj(rt, rt.word(2 ** 40 + 5), 2), 5);
  assertEquals(nativeFromObj(rt, rt.word(-1), 2), 0xffffffff);
  assertEquals(nativeFromObj(rt, rt.word(-(2n ** 70n) - 3n), 3), 0xfffffffd);
  assertEquals(nativeFromObj(rt, rt.word(true), 2), 1);
  throwsPy(() => nativeFromObj(rt, rt.word("x"), 2), "TypeError", "can't convert str to int");
  assertEquals([floorDivide(-7, 2), modulo(-7, 2), floorDivide(7, -2), modulo(7, -2)], [
    -4,
    1,
    -4,
    -1,
  ]);
  throwsPy(() => floorDivide(1, 0), "ZeroDivisionError");
});

Deno.test("object words: small ints, handles, sweeping", () => {
  const rt = runtime();
  assertEquals(rt.word(5), 11);
  assertEquals(rt.word(-1), 0xffffffff);
  assertEquals(rt.value(0xffffffff), -1);
  const big = rt.word(2 ** 30);
  ok(big >= HANDLE_BASE && (big & 3) === 0);
  assertEquals(rt.value(big), 2 ** 30);

  const h = new Handles();
  const a = {}, b = {}, c = {};
  const wa = h.word(a), wb = h.word(b), wc = h.word(c, true);
  assertEquals(h.word(a), wa);
  h.sweep(new Set([wb]));
  ok(!h.has(wa));
  ok(h.has(wb) && h.get(wb) === b);
  ok(h.has(wc));
  ok(h.word({}) === wa, "a freed index is reused");
});
