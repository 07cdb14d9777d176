// Fuzzing the .mpy loader (issue 3): mutations of the valid vector files (bit flips, truncation,
// length-field and count edits, inserted/removed bytes, corrupted opcodes).
//
// What is guaranteed, and asserted here for every mutant:
// * Loading — readMpy, then decoding every function (vm_prelude.ts Code: prelude bounds, opcode
//   and operand checks, jump targets) — ends in success or a Python exception (ValueError:
//   incompatible .mpy file); never a JS exception, hang or runaway allocation.
// * Running a mutant that loads ends in completion or a Python exception. The load-time checks
//   do not prove stack discipline, so corrupt code that passes them may end in
//   "RuntimeError: internal error: ..." (the VM converts JS faults inside its loop into Python
//   exceptions); a run that is still going after a short time is stopped with Ctrl-C's
//   KeyboardInterrupt, which must arrive as a Python exception too.
// The core's host hooks are left at their inert defaults: no files, no stdin, output dropped.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { readMpy } from "./reader.ts";
import { PyBaseException } from "../py/obj_exception.ts";
import { Interpreter } from "../py/interpreter.ts";
import { activate } from "../py/interp_state.ts";
import { loadCode, newModuleGlobals, runModule } from "../py/vm.ts";
import type { Code } from "../py/vm_prelude.ts";

const VECTORS = new URL("./testdata/vectors/", import.meta.url);
const MUTATIONS = 12_000;
/** Mutants that load are run too (every RUN_EVERY-th; each run is bounded by RUN_MS). */
const RUN_EVERY = 1;
const RUN_MS = 40;

function vectors(): Uint8Array[] {
  try {
    return [...Deno.readDirSync(VECTORS)].map((e) => e.name)
      .filter((n) => /^\d\d_[a-z0-9_]+\.mpy$/.test(n)).sort()
      .map((n) => Deno.readFileSync(new URL(n, VECTORS)));
  } catch {
    return [];
  }
}

let seed = 0x2545f491;
function rnd(n: number): number {
  // xorshift32: deterministic, so a failure names a reproducible mutation number.
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

function vuint(v: number): number[] {
  const out = [v & 0x7f];
  for (v = Math.floor(v / 128); v > 0; v = Math.floor(v / 128)) out.unshift((v & 0x7f) | 0x80);
  return out;
}

/** Position just after the vuint starting at `p`. */
function skipVuint(b: Uint8Array, p: number): number {
  while (p < b.length && b[p] & 0x80) p++;
  return p + 1;
}

const KINDS = ["flip", "truncate", "byte", "counts", "length", "splice", "code", "multi"];

function mutate(src: Uint8Array, kind: string): Uint8Array {
  let b: Uint8Array = src.slice();
  switch (kind) {
    case "flip": // one to four bit flips anywhere
      for (let i = 1 + rnd(4); i > 0; i--) b[rnd(b.length)] ^= 1 << rnd(8);
      break;
    case "truncate":
      b = b.slice(0, rnd(b.length));
      break;
    case "byte": // a random byte value, biased to the header and tables
      b[rnd(2) ? rnd(Math.min(b.length, 64)) : rnd(b.length)] = rnd(256);
      break;
    case "counts": { // random n_qstr / n_obj
      const p1 = skipVuint(b, 4);
      const p2 = skipVuint(b, p1);
      const big = [0, 1, 2, 127, 128, 1000, 0x3fff, 0xfffffff][rnd(8)];
      const nq = rnd(2) ? rnd(400) : big;
      const no = rnd(2) ? rnd(300) : big;
      b = new Uint8Array([...b.subarray(0, 4), ...vuint(nq), ...vuint(no), ...b.subarray(p2)]);
      break;
    }
    case "length": { // replace a vuint somewhere (string lengths, kind_len, tuple counts)
      const p = 4 + rnd(Math.max(1, b.length - 4));
      const end = skipVuint(b, p);
      const v = [0, 1, rnd(64), rnd(70000), 0x7fffffff, 2 ** 40][rnd(6)];
      b = new Uint8Array([...b.subarray(0, p), ...vuint(v), ...b.subarray(end)]);
      break;
    }
    case "splice": { // insert or remove a few bytes
      const p = rnd(b.length);
      const n = 1 + rnd(4);
      if (rnd(2)) b = new Uint8Array([...b.subarray(0, p), ...b.subarray(p + n)]);
      else {
        const ins = Array.from({ length: n }, () => rnd(256));
        b = new Uint8Array([...b.subarray(0, p), ...ins, ...b.subarray(p)]);
      }
      break;
    }
    case "code": // corrupt the last part of the file: mostly bytecode of the nested functions
      for (let i = 1 + rnd(3); i > 0; i--) {
        const p = b.length - 1 - rnd(Math.max(1, b.length >> 1));
        b[p] = rnd(3) ? rnd(256) : b[p] ^ (1 << rnd(8));
      }
      break;
    case "multi":
      b = mutate(mutate(b, KINDS[rnd(7)]), KINDS[rnd(7)]);
      break;
  }
  return b;
}

function checkPy(e: unknown, what: string): void {
  if (!(e instanceof PyBaseException)) {
    throw new Error(`${what}: JS exception ${e instanceof Error ? e.stack : String(e)}`);
  }
}

/** Decode every function of a loaded module (as the VM does lazily). */
function decodeAll(code: Code): void {
  for (let i = 0; i < code.raw.children.length; i++) decodeAll(code.child(i));
}

/** Ctrl-C after RUN_MS. A timer cannot fire while Python code runs inside a nested (synchronous)
 * loop, so the deadline is also checked at the VM's safe points: they read the length of the
 * micropython.schedule queue, which this guard stands in for while a mutant runs. */
let deadline = Infinity;
const interp = new Interpreter();
const realQueue = interp.state.scheduled;
const guardQueue = new Proxy(realQueue, {
  get(target, prop, receiver) {
    if (prop === "length" && Date.now() > deadline) {
      deadline = Infinity;
      interp.interrupt();
    }
    return Reflect.get(target, prop, receiver);
  },
});

async function runBounded(code: Code): Promise<void> {
  deadline = Date.now() + RUN_MS;
  activate(interp.state);
  interp.state.scheduled = guardQueue;
  const timer = setTimeout(() => interp.interrupt(), RUN_MS);
  try {
    await runModule(code, newModuleGlobals("fuzzed", "fuzzed.py"));
  } finally {
    clearTimeout(timer);
    deadline = Infinity;
    interp.state.scheduled = realQueue;
    realQueue.length = 0;
  }
}

Deno.test({
  name: `${MUTATIONS} mutated .mpy files load or raise a Python exception; loaded ones run safely`,
  ignore: vectors().length === 0,
  async fn() {
    const files = vectors();
    const stats = { loaded: 0, rejected: 0, ran: 0, raised: 0, internal: 0 };
    activate(interp.state);
    for (let i = 0; i < MUTATIONS; i++) {
      const kind = KINDS[i % KINDS.length];
      const bytes = mutate(files[rnd(files.length)], kind);
      if (Deno.env.get("FUZZ_TRACE")) console.error(i, kind);
      let code: Code;
      try {
        code = loadCode(readMpy(bytes));
        decodeAll(code);
        stats.loaded++;
      } catch (e) {
        checkPy(e, `mutation ${i} (${kind}) load`);
        stats.rejected++;
        continue;
      }
      if (i % RUN_EVERY !== 0) continue;
      stats.ran++;
      if (Deno.env.get("FUZZ_TRACE")) {
        console.error("run", i);
        Deno.writeFileSync("/tmp/fuzz_last.mpy", bytes);
      }
      try {
        await runBounded(code);
      } catch (e) {
        checkPy(e, `mutation ${i} (${kind}) run`);
        stats.raised++;
        if (String((e as PyBaseException).args.items[0]).startsWith("internal error")) {
          stats.internal++;
        }
      }
      interp.state.modules.delete("fuzzed");
    }
    console.log(JSON.stringify(stats));
    assertEquals(stats.loaded + stats.rejected, MUTATIONS);
  },
});
