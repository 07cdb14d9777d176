// The Thumb NativeMachine: bytes against docs/spec/native-abi.md's verified sequences, the listing against
// GNU objdump (skipped with a notice when binutils is absent), and a run in the emulator.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { createAssembler } from "./asm_thumb.ts";
import type { ThumbArch } from "./asm_types.ts";
import type { NativeMachine } from "./native_machine.ts";
import { createThumbMachine } from "./native_thumb.ts";
import { ThumbMachine } from "./thumb_sim.ts";

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(" ");

function build(arch: ThumbArch, body: (m: NativeMachine) => void): Uint8Array {
  const m = createThumbMachine(createAssembler(arch));
  body(m);
  return m.finish();
}

Deno.test("native machine: prologue/epilogue and table calls as mpy-cross emits them", () => {
  // docs/spec/native-abi.md §6.1: push {r1, r4-r7, lr} / pop {..., pc}; push {r1-r7, lr} for 2-3 words.
  assertEquals(hex(build("armv7m", (m) => (m.entry(1), m.exit()))), "f2 b5 f2 bd");
  assertEquals(hex(build("armv7m", (m) => (m.entry(3), m.exit()))), "fe b5 fe bd");
  // 6 words: 3 pushed slots + (6 - 3 + 1) & ~1 = 4 more (sub sp, #16 / add sp, #16).
  assertEquals(hex(build("armv6m", (m) => (m.entry(6), m.exit()))), "fe b5 84 b0 04 b0 fe bd");
  // §6.2 vector 71: `ldr.w r4, [r7, #180]; blx r4` (setup_code_state_native, entry 45).
  assertEquals(hex(build("armv7m", (m) => m.callFun(45, 4))), "d7 f8 b4 40 a0 47");
  // §5 armv6m long form: mov r3, r7; adds r3, #4*(45-31); ldr r3, [r3, #124]; blx r3.
  assertEquals(hex(build("armv6m", (m) => m.callFun(45, 3))), "3b 46 38 33 db 6f 98 47");
  assertEquals(hex(build("armv6m", (m) => m.loadFun(0, 0))), "38 68");
});

/** A small function over the whole interface: f(table, a, b) = a*b < 1000 ? 0x12345678 : -5,
 * the product coming from mp_fun_table[40] (far enough to need armv6m's long load). */
function sample(m: NativeMachine): void {
  const { funTable, args, locals } = m.regs;
  m.entry(5);
  m.movReg(funTable, args[0]);
  m.storeLocal(args[1], 0);
  m.storeLocal(args[2], 4);
  m.loadLocal(args[0], 0);
  m.loadLocal(args[1], 4);
  m.callFun(40, args[3]);
  m.movReg(locals[0], args[0]);
  m.movImm(args[1], 1000);
  m.compare("lt", args[0], locals[0], args[1]);
  m.jumpIfZero(args[0], 1);
  m.movImm(args[0], 0x12345678);
  m.jump(2);
  m.labelAssign(1);
  m.movImm(args[0], -5);
  m.labelAssign(2);
  m.exit();
}

Deno.test("native machine: the sample runs in the emulator on armv6m and armv7m", () => {
  for (const arch of ["armv6m", "armv7m"] as const) {
    const sim = new ThumbMachine();
    const code = sim.loadCode(build(arch, sample));
    const table = sim.alloc(4 * 87, 4);
    sim.write32(
      table + 4 * 40,
      sim.registerHost((s) => s.regs[0] = Math.imul(s.regs[0], s.regs[1])),
    );
    assertEquals(sim.call(code | 1, [table, 3, 4]), 0x12345678, arch);
    assertEquals(sim.call(code | 1, [table, 100, 100]) | 0, -5, arch);
  }
});

const OBJDUMP = "arm-none-eabi-objdump";

async function objdump(code: Uint8Array): Promise<string[] | undefined> {
  const file = await Deno.makeTempFile({ suffix: ".bin" });
  try {
    await Deno.writeFile(file, code);
    const r = await new Deno.Command(OBJDUMP, {
      args: ["-D", "-b", "binary", "-marm", "-Mforce-thumb", file],
      stdout: "piped",
      stderr: "null",
    }).output();
    // "   4:\tf8d7 40b4 \tldr.w\tr4, [r7, #180]\t@ 0xb4" → "ldr.w r4, [r7, #180]"
    return new TextDecoder().decode(r.stdout).split("\n")
      .map((l) => /^\s+[0-9a-f]+:\t[0-9a-f ]+\t(\S+)\t?([^@;]*)/.exec(l))
      .filter((x) => x !== null)
      .map((x) => `${x![1]} ${x![2].trim()}`.trim());
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return undefined;
    throw e;
  } finally {
    await Deno.remove(file);
  }
}

Deno.test("native machine: the armv7m sample disassembles with GNU objdump", async () => {
  const listing = await objdump(build("armv7m", sample));
  if (!listing) {
    console.log(`skipped: ${OBJDUMP} not on PATH (Debian package binutils-arm-none-eabi)`);
    return;
  }
  assertEquals(listing.map((l) => l.replace(/ <.*>$/, "").replace(/ 0x[0-9a-f]+$/, "")), [
    "push {r1, r2, r3, r4, r5, r6, r7, lr}",
    "sub sp, #8",
    "mov r7, r0",
    "str r1, [sp, #0]",
    "str r2, [sp, #16]",
    "ldr r0, [sp, #0]",
    "ldr r1, [sp, #16]",
    "ldr.w r3, [r7, #160]",
    "blx r3",
    "mov r4, r0",
    "movw r1, #1000",
    "movs r0, #1",
    "cmp r4, r1",
    "blt.n",
    "movs r0, #0",
    "cmp r0, #0",
    "beq.n",
    "movw r0, #22136",
    "movt r0, #4660",
    "b.n",
    "movw r0, #65531",
    "movt r0, #65535",
    "add sp, #8",
    "pop {r1, r2, r3, r4, r5, r6, r7, pc}",
  ]);
});

Deno.test("native machine: movImm loads every kind of constant on both archs", () => {
  const values = [0, 255, 256, 0xff00, 0x1234, 0xffff, -1, -0x1234, 0x80000000, 0x12345678];
  for (const arch of ["armv6m", "armv7m"] as const) {
    const sim = new ThumbMachine();
    for (const v of values) {
      const code = sim.loadCode(build(arch, (m) => (m.entry(0), m.movImm(0, v), m.exit())));
      assertEquals(sim.call(code | 1), v >>> 0, `${arch} ${v}`);
    }
  }
});
