// The Thumb NativeMachine: prologue/epilogue, table calls and jumps as mpy-cross emits them
// (docs/spec/native-abi.md §5-§9); whole functions are checked by emit_native_vectors_test.ts.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import type { ThumbArch } from "./asm_types.ts";
import type { NativeMachine } from "./native_machine.ts";
import { createThumbMachine } from "./native_thumb.ts";

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(" ");

/** Runs `body` in a compute pass and an emit pass, as the native emitter does. */
function build(arch: ThumbArch, body: (m: NativeMachine) => void): string {
  const m = createThumbMachine(arch);
  for (const emit of [false, true]) {
    m.startPass(emit);
    body(m);
  }
  return hex(m.code());
}

Deno.test("native machine: prologue/epilogue and table calls as mpy-cross emits them", () => {
  assertEquals(build("armv7m", (m) => (m.entry(1), m.exit())), "f2 b5 f2 bd");
  assertEquals(build("armv7m", (m) => (m.entry(3), m.exit())), "fe b5 fe bd");
  // 6 words: 3 pushed slots + (6 - 3 + 1) & ~1 = 4 more (sub sp, #16 / add sp, #16).
  assertEquals(build("armv6m", (m) => (m.entry(6), m.exit())), "fe b5 84 b0 04 b0 fe bd");
  // vector 71: `ldr.w r4, [r7, #180]; blx r4` (setup_code_state_native, entry 45).
  assertEquals(build("armv7m", (m) => m.callInd(45, 4)), "d7 f8 b4 40 a0 47");
  // armv6m long form: mov r4, r7; adds r4, #4*(45-31); ldr r4, [r4, #124]; blx r4.
  assertEquals(build("armv6m", (m) => m.callInd(45, 4)), "3c 46 38 34 e4 6f a0 47");
  assertEquals(build("armv6m", (m) => m.loadWord(0, 7, 0)), "38 68");
});

Deno.test("native machine: jumps take mpy-cross's widths", () => {
  // Forward: b.w on armv7m; b.n padded with nops to 8 bytes on armv6m.
  const fwd = (m: NativeMachine) => (m.jump(1), m.labelAssign(1));
  assertEquals(build("armv7m", fwd), "00 f0 00 b8");
  assertEquals(build("armv6m", fwd), "02 e0 00 bf 00 bf 00 bf");
  // Backward and near: the 16-bit forms.
  const back = (m: NativeMachine) => (m.labelAssign(1), m.jumpIfZero(0, 1), m.jump(1));
  assertEquals(build("armv7m", back), "00 28 fd d0 fc e7");
  // Forward conditional on armv6m: the inverted bCC.n skips the long form.
  const cond = (m: NativeMachine) => (m.jumpIfNonZero(0, 1), m.labelAssign(1));
  assertEquals(build("armv6m", cond), "00 28 03 d0 02 e0 00 bf 00 bf 00 bf");
});
