// UNPREDICTABLE encodings fault in the emulator (real cores differ on them: a Cortex-M3 faults on
// a single-register STMDB), and the asm_thumb push/pop our assembler makes avoid them.
import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { ThumbFault, ThumbMachine } from "./thumb_sim.ts";
import { createAssembler } from "./asm_thumb.ts";
import { compileInlineThumb } from "./emit_inline_thumb.ts";
import { fromHex, toHex } from "./thumb_sim_test_util.ts";
import { parse } from "../src/py/parser.ts";
import type { FunctionDef } from "../src/py/ast.ts";

/** Each runs `<instruction>; bx lr` and must fault with UNPREDICTABLE. */
const UNPREDICTABLE: [string, string][] = [
  ["2de90040", "stmdb sp!, {lr} (one register)"],
  ["bde80080", "ldmia sp!, {pc} (one register)"],
  ["2de90001", "stmdb sp!, {r8} (one register)"],
  ["bde800c0", "ldmia sp!, {lr, pc}"],
  ["2de90220", "stmdb sp!, {r1, sp}"],
  ["a0e80300", "stmia r0!, {r0, r1} (writeback to a listed base)"],
  ["00b4", "push {} (empty list)"],
  ["00bc", "pop {} (empty list)"],
  ["00fb0df0", "mul r0, r0, sp"],
  ["b0fbfff0", "udiv r0, r0, pc"],
  ["b1fa82f0", "clz r0 with two different Rm fields"],
];

for (const [hex, what] of UNPREDICTABLE) {
  Deno.test(`emulator faults on UNPREDICTABLE ${what}`, () => {
    const m = new ThumbMachine();
    const f = m.loadCode(fromHex(hex + "7047"));
    throws(
      () => m.call(f, [0x1000, 2]),
      (e: unknown) => e instanceof ThumbFault && e.message.includes("UNPREDICTABLE"),
    );
  });
}

Deno.test("emulator still runs the predictable neighbours", () => {
  const m = new ThumbMachine();
  // push {r4, lr}; stmdb sp!, {r4, r5}; ldmia sp!, {r4, r5}; movs r0, #7; pop {r4, pc}
  const f = m.loadCode(fromHex("10b52de93000bde83000072010bd"));
  assertEquals(m.call(f, []), 7);
});

function asmBytes(body: string, arch: "armv7m" | "armv7emdp" = "armv7m"): string {
  const src = `@micropython.asm_thumb\ndef f(r0):\n${
    body.split("\n").map((l) => "    " + l).join("\n")
  }\n`;
  const fn = parse(src, "t.py").body[0] as FunctionDef;
  // Drop the entry/exit sequence around the body (push {r1, r4-r7, lr} ... pop {..., pc}).
  return toHex(compileInlineThumb(fn, createAssembler(arch)).code).slice(4, -4);
}

Deno.test("asm_thumb push/pop: 16-bit forms with lr/pc, ldr/str for one high register", () => {
  // The bytes arm-none-eabi-as -mcpu=cortex-m3 gives for the same lines, not MicroPython's
  // single-register STMDB/LDMIA.
  assertEquals(asmBytes("push({lr})\npop({pc})"), "00b5" + "00bd");
  assertEquals(asmBytes("push({r0, r4, lr})\npop({r0, r4, pc})"), "11b5" + "11bd");
  assertEquals(asmBytes("push({r8})\npop({r8})"), "4df8048d" + "5df8048b");
  // Two or more registers with a high one: STMDB/LDMIA, the same bytes as MicroPython's.
  assertEquals(asmBytes("push({r4, r8})\npop({r4, r8})"), "2de91001" + "bde81001");
});
