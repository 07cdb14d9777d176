import { deepStrictEqual as assertEquals, ok, throws } from "node:assert/strict";
import { ThumbFault, ThumbMachine } from "./thumb_sim.ts";
import { createAssembler } from "./asm_thumb.ts";
import {
  assemble,
  type Assembled,
  bitsFloat,
  floatBits,
  fromHex,
  haveBinutils,
  rbit,
} from "./thumb_sim_test_util.ts";

// ---- hard-coded machine code (from arm-none-eabi-as -mcpu=cortex-m7), runs without binutils

/** sum(r0: word array, r1: count): movs r2,#0; 1: ldr r3,[r0],#4; add r2,r3; subs r1,#1; bne 1b */
const SUM_HEX = "002250f8043b1a440139fad110467047";
/** factorial(r0) with cmp/ble/muls/subs/b (ARMv6-M) */
const FACT_HEX = "0121012802dd41430138fae708467047";
/** bit reversal by lsrs/adcs loop (ARMv6-M) */
const REV_HEX = "0022202340085241013bfbd110467047";
/** cmp r0,#5; itete ge; subge r0,#10; addlt r0,#1; addge r0,#100; addlt r0,#7; bx lr */
const IT_HEX = "0528abbf0a380130643007307047";
/** hypot(r0,r1 as f32) * 1000 as int: vmul, vmla, vsqrt, vldr literal, vcvt.s32.f32 */
const HYPOT_HEX = "00ee100a00ee901a20ee001a00eea01ab1eec11adfed041a21ee211abdeec11a" +
  "11ee100a704700bf00007a44";

function assertThrows(fn: () => unknown, _cls: typeof ThumbFault, text: string) {
  throws(fn, (e: unknown) => e instanceof ThumbFault && e.message.includes(text));
}

function machineWith(hex: string): [ThumbMachine, number] {
  const m = new ThumbMachine();
  return [m, m.loadCode(fromHex(hex))];
}

Deno.test("hard-coded: sum of a mapped word array", () => {
  const [m, f] = machineWith(SUM_HEX);
  const arr = new Uint32Array([1, 2, 3, 4, 5, 0xffffffff]);
  const addr = m.map(new Uint8Array(arr.buffer));
  assertEquals(m.call(f, [addr, 5]), 15);
  assertEquals(m.call(f, [addr, 6]), 14);
});

Deno.test("hard-coded: factorial", () => {
  const [m, f] = machineWith(FACT_HEX);
  assertEquals(m.call(f, [1]), 1);
  assertEquals(m.call(f, [5]), 120);
  assertEquals(m.call(f, [10]), 3628800);
  assertEquals(m.call(f, [13]), 6227020800 % 2 ** 32);
});

Deno.test("hard-coded: bit reversal", () => {
  const [m, f] = machineWith(REV_HEX);
  for (const x of [0, 1, 0x80000000, 0x12345678, 0xdeadbeef]) {
    assertEquals(m.call(f, [x]), rbit(x));
  }
});

Deno.test("hard-coded: IT block does not set flags with 16-bit adds/subs", () => {
  const [m, f] = machineWith(IT_HEX);
  assertEquals(m.call(f, [5]), 95);
  assertEquals(m.call(f, [3]), 11);
  assertEquals(m.call(f, [9]), 99);
});

Deno.test("hard-coded: VFP single hypot", () => {
  const [m, f] = machineWith(HYPOT_HEX);
  assertEquals(m.call(f, [floatBits(3), floatBits(4)]), 5000);
  assertEquals(m.call(f, [floatBits(1), floatBits(1)]), 1414);
});

Deno.test("faults: undefined instruction, memory, step limit, Thumb bit", () => {
  let [m, f] = machineWith("ffde"); // udf #255
  assertThrows(() => m.call(f), ThumbFault, "undefined");
  [m, f] = machineWith("0068"); // ldr r0, [r0]
  assertThrows(() => m.call(f, [0x10]), ThumbFault, "memory fault");
  [m, f] = machineWith("fee7"); // b .
  assertThrows(() => m.call(f, [], { maxSteps: 1000 }), ThumbFault, "step limit");
  [m, f] = machineWith("0047"); // bx r0
  assertThrows(() => m.call(f, [0x20000000]), ThumbFault, "Thumb bit");
});

Deno.test("host callback via blx; nested call back into machine code", () => {
  // push {r4, lr}; mov r4, r0; movs r0, #7; blx r4; adds r0, #1; pop {r4, pc}
  const [m, f] = machineWith("10b504460720a047013010bd");
  const host = m.registerHost((mm) => {
    mm.regs[0] = mm.regs[0] * 6;
  });
  assertEquals(m.call(f, [host]), 43);
  // A host function that runs another machine function (factorial) and returns its result.
  const fact = m.loadCode(fromHex(FACT_HEX));
  const host2 = m.registerHost((mm) => {
    mm.regs[0] = mm.call(fact, [mm.regs[0] - 3]);
  });
  assertEquals(m.call(f, [host2]), 25); // fact(4) + 1
});

// ---- assembled with GNU as (skipped when binutils-arm-none-eabi is not installed)

const HAVE_AS = await haveBinutils();
const u = (x: number) => x >>> 0;
if (!HAVE_AS) {
  console.log("thumb_sim_test: arm-none-eabi-as not found; skipping assembled tests");
}

const FUNCS: Record<string, string> = {
  sum: `movs r2, #0
1: ldr r3, [r0], #4
  add r2, r3
  subs r1, #1
  bne 1b
  mov r0, r2
  bx lr`,
  fact: `movs r1, #1
1: cmp r0, #1
  ble 2f
  muls r1, r0, r1
  subs r0, #1
  b 1b
2: mov r0, r1
  bx lr`,
  clamp: `cmp r0, r1
  it lt
  movlt r0, r1
  cmp r0, r2
  it gt
  movgt r0, r2
  bx lr`,
  it4: `cmp r0, r1
  itete hi
  subhi.w r0, r0, r1
  addls.w r0, r0, #1000
  lslhi r0, r0, #2
  lsrls.w r0, r0, #1
  bx lr`,
  memcpy: `cbz r2, 2f
1: ldrb r3, [r1], #1
  strb r3, [r0], #1
  subs r2, #1
  bne 1b
2: bx lr`,
  wcopy: `push {r4-r6}
1: ldmia r1!, {r3-r6}
  stmia r0!, {r3-r6}
  subs r2, #16
  bgt 1b
  pop {r4-r6}
  bx lr`,
  strlen: `mov r1, r0
1: ldrb r2, [r1], #1
  cmp r2, #0
  bne 1b
  sub r0, r1, r0
  subs r0, #1
  bx lr`,
  hsum: `push {r4, lr}
  movs r2, #0
  movs r3, #0
1: ldrsh.w r4, [r0, r3, lsl #1]
  add r2, r4
  adds r3, #1
  cmp r3, r1
  blo 1b
  mov r0, r2
  pop {r4, pc}`,
  tbb: `tbb [pc, r0]
tb:
.byte (c0-tb)/2, (c1-tb)/2, (c2-tb)/2, 0
c0: movs r0, #10
  bx lr
c1: movw r0, #0x1234
  movt r0, #0xabcd
  bx lr
c2: mvn r0, #0
  bx lr`,
  add64: `adds r0, r0, r2
  adc r1, r1, r3
  bx lr`,
  sub64: `subs r0, r0, r2
  sbc r1, r1, r3
  bx lr`,
  ldrdstrd: `ldrd r2, r3, [r0]
  strd r3, r2, [r0, #8]!
  mov r0, r0
  bx lr`,
  bitf: `ubfx r2, r0, #4, #8
  sbfx r3, r0, #8, #8
  bfi r0, r1, #16, #4
  add r0, r2
  add r0, r3
  bx lr`,
  longcall: `push {lr}
  bl sub1
  bl sub1
  pop {pc}
sub1: adds r0, #3
  bx lr`,
  vmax: `vldr s0, [r0]
1: subs r1, #1
  beq 2f
  adds r0, #4
  vldr s1, [r0]
  vcmp.f32 s1, s0
  vmrs APSR_nzcv, FPSCR
  it gt
  vmovgt.f32 s0, s1
  b 1b
2: vmov r0, s0
  bx lr`,
  ddiv: `vpush {d8}
  vmov s0, r0
  vcvt.f64.s32 d8, s0
  vmov s2, r1
  vcvt.f64.s32 d1, s2
  vdiv.f64 d8, d8, d1
  vldr d2, kmil
  vmul.f64 d8, d8, d2
  vcvt.s32.f64 s0, d8
  vmov r0, s0
  vpop {d8}
  bx lr
.align 3
kmil: .double 1000000.0`,
  fmisc: `vmov s0, r0
  vmov.f32 s1, #1.5
  vsub.f32 s2, s0, s1
  vabs.f32 s2, s2
  vneg.f32 s3, s2
  vadd.f32 s2, s2, s3
  vadd.f32 s2, s2, s0
  vcvt.f64.f32 d3, s2
  vmov.f64 d4, #0.5
  vmul.f64 d3, d3, d4
  vcvt.f32.f64 s0, d3
  vcvt.u32.f32 s1, s0
  vcvtr.s32.f32 s2, s0
  vmov r0, r1, d0
  vmov r2, s2
  bx lr`,
  dmov: `vmov d5, r0, r1
  vstr d5, [r2, #8]
  vldr s4, [r2, #8]
  vldr s5, [r2, #12]
  vmov r0, r1, d2
  vmrs r3, fpscr
  bx lr`,
  fhost: `push {r4, lr}
  vpush {s16}
  vmov s16, r1
  blx r0
  vmov s0, r0
  vadd.f32 s0, s0, s16
  vmov r0, s0
  vpop {s16}
  pop {r4, pc}`,
};

const A: Assembled | null = HAVE_AS ? await assemble(FUNCS) : null;

function asmTest(name: string, fn: (m: ThumbMachine, sym: (n: string) => number) => void) {
  Deno.test({
    name: `assembled: ${name}`,
    ignore: !HAVE_AS,
    fn() {
      const m = new ThumbMachine();
      const base = m.loadCode(A!.code);
      fn(m, (n) => base + A!.symbols[n]);
    },
  });
}

asmTest("sum and factorial", (m, s) => {
  const arr = new Uint32Array(100).map((_, i) => i * 3);
  assertEquals(m.call(s("sum"), [m.map(new Uint8Array(arr.buffer)), 100]), 14850);
  assertEquals(m.call(s("fact"), [12]), 479001600);
});

asmTest("conditional execution with IT", (m, s) => {
  assertEquals(m.call(s("clamp"), [5, 10, 20]), 10);
  assertEquals(m.call(s("clamp"), [15, 10, 20]), 15);
  assertEquals(m.call(s("clamp"), [-3 >>> 0, -5 >>> 0, 20]), -3 >>> 0);
  assertEquals(m.call(s("clamp"), [25, 10, 20]), 20);
  assertEquals(m.call(s("it4"), [10, 3]), 28);
  assertEquals(m.call(s("it4"), [3, 10]), 501);
});

asmTest("memcpy / word copy between mapped buffers", (m, s) => {
  const src = new Uint8Array(64).map((_, i) => i * 7 + 1);
  const dst = new Uint8Array(64);
  m.call(s("memcpy"), [m.map(dst), m.map(src), 37]);
  assertEquals(Array.from(dst.slice(0, 37)), Array.from(src.slice(0, 37)));
  assertEquals(dst[37], 0);
  const dst2 = new Uint8Array(64);
  m.call(s("wcopy"), [m.map(dst2), m.map(src), 64]);
  assertEquals(dst2, src);
  m.unmap();
  const str = new TextEncoder().encode("hello, world\0");
  assertEquals(m.call(s("strlen"), [m.map(str)]), 12);
});

asmTest("halfwords, table branch, movw/movt, 64-bit add/sub, ldrd/strd, bitfields", (m, s) => {
  const h = new Int16Array([-1, 2, -300, 4000, 5]);
  assertEquals(m.call(s("hsum"), [m.map(new Uint8Array(h.buffer)), 5]) | 0, 3706);
  assertEquals(m.call(s("tbb"), [0]), 10);
  assertEquals(m.call(s("tbb"), [1]), 0xabcd1234);
  assertEquals(m.call(s("tbb"), [2]), 0xffffffff);
  m.call(s("add64"), [0xffffffff, 1, 1, 2]);
  assertEquals([m.regs[0], m.regs[1]], [0, 4]);
  m.call(s("sub64"), [0, 5, 1, 2]);
  assertEquals([m.regs[0], m.regs[1]], [0xffffffff, 2]);
  const w = new Uint32Array([11, 22, 0, 0]);
  const wa = m.map(new Uint8Array(w.buffer));
  assertEquals(m.call(s("ldrdstrd"), [wa]), wa + 8);
  assertEquals(Array.from(w), [11, 22, 22, 11]);
  const x = 0x1234f5a6;
  const ref = ((x & ~0xf0000) | (0x9 << 16)) + ((x >>> 4) & 0xff) + ((x << 16) >> 24);
  assertEquals(m.call(s("bitf"), [x, 0x9]), ref >>> 0);
  assertEquals(m.call(s("longcall"), [1]), 7);
});

asmTest("VFP: vcmp/vmrs max, doubles, conversions, moves", (m, s) => {
  const f = new Float32Array([1.5, -2, 7.25, 3, 7.0]);
  assertEquals(bitsFloat(m.call(s("vmax"), [m.map(new Uint8Array(f.buffer)), 5])), 7.25);
  assertEquals(m.call(s("ddiv"), [1, 3]), 333333);
  assertEquals(m.call(s("ddiv"), [-22, 7]) | 0, -3142857);
  m.call(s("fmisc"), [floatBits(6.25)]);
  // |6.25-1.5| = 4.75; 4.75 + -4.75 + 6.25 = 6.25; * 0.5 = 3.125
  assertEquals(bitsFloat(m.regs[0]), 3.125);
  assertEquals(m.regs[1], 3);
  assertEquals(m.regs[2], 3); // round to nearest even of 3.125
  const buf = new Uint8Array(16);
  m.call(s("dmov"), [0x11223344, 0x55667788, m.map(buf)]);
  assertEquals([m.regs[0], m.regs[1]], [0x11223344, 0x55667788]);
  const host = m.registerHost((mm) => {
    mm.regs[0] = floatBits(0.25);
  });
  const r = m.call(s("fhost"), [host, floatBits(2)]);
  ok(Math.abs(bitsFloat(r) - 2.25) < 1e-6);
});

Deno.test("performance: a hot loop runs at tens of millions of instructions per second", () => {
  const [m, f] = machineWith(SUM_HEX);
  const n = 250_000;
  const arr = new Uint32Array(n).fill(3);
  const addr = m.map(new Uint8Array(arr.buffer));
  m.call(f, [addr, 1000]); // warm up
  const t0 = performance.now();
  let r = 0;
  for (let k = 0; k < 8; k++) r = m.call(f, [addr, n]);
  const ms = performance.now() - t0;
  assertEquals(r, 3 * n);
  const mips = (8 * 4 * n) / ms / 1000;
  console.log(`thumb_sim: ${mips.toFixed(1)} M instructions/s (mapped-buffer sum loop)`);
});

const V6_FUNCS: Record<string, string> = {
  // MicroPython's asm_thumb prologue/epilogue with stack, sp-relative, literal and adr loads.
  frame: `push {r1, r4, r5, r6, r7, lr}
  cpsid i
  nop
  wfi
  cpsie i
  sub sp, #8
  str r0, [sp, #4]
  ldr r4, [sp, #4]
  adr r5, ftbl
  ldr r6, [r5, #4]
  ldr r7, =0xcafe0000
  adds r4, r6
  adds r0, r4, r7
  add sp, #8
  pop {r1, r4, r5, r6, r7, pc}
.align 2
ftbl: .word 1, 0x1000`,
  // armv6m long jump: ldr r1, [pc, #0]; add pc, r1; .word offset
  farjump: `movs r0, #1
  .align 2
  ldr r1, [pc, #0]
1: add pc, r1
  .word 2f - (1b + 4)
  movs r0, #99
  bx lr
  .space 3000
2: adds r0, #41
  bx lr`,
  // 16-bit constant building, sxth, add reg, pc, ldm/stm, signed loads, halfword stores
  misc6: `push {r4-r7, lr}
  movs r4, #0xab
  lsls r4, r4, #8
  adds r4, #0xcd
  negs r4, r4
  sxth r4, r4
  mov r5, r0
  stmia r5!, {r1, r4}
  subs r5, #8
  ldmia r5!, {r6, r7}
  movs r2, #3
  strh r7, [r0, #8]
  ldrsb r3, [r0, r2]
  movs r2, #8
  ldrsh r2, [r0, r2]
  adds r0, r6, r7
  adds r0, r3
  adds r0, r2
  pop {r4-r7, pc}`,
  loadpc: `mov r3, lr
  push {r3}
  pop {pc}`,
};

Deno.test({
  name: "assembled (cortex-m0): prologue/epilogue, literals, far jump, ldm/stm, signed loads",
  ignore: !HAVE_AS,
  async fn() {
    const a = await assemble(V6_FUNCS, "cortex-m0");
    const m = new ThumbMachine();
    const base = m.loadCode(a.code);
    const s = (n: string) => base + a.symbols[n];
    assertEquals(m.call(s("frame"), [5]), u(5 + 0x1000 + 0xcafe0000));
    assertEquals(m.call(s("farjump"), []), 42);
    const buf = new Uint8Array(12);
    const v = -0xabcd; // sxth of -(0xabcd) = 0x5433
    const r = m.call(s("misc6"), [m.map(buf), 0x80]);
    // word0 = 0x80, word1 = sxth(-0xabcd) = 0x5433, byte 3 of word0 = 0, halfword at 8 = 0x5433
    assertEquals((v << 16) >> 16, 0x5433);
    assertEquals(r, 0x80 + 0x5433 + 0 + 0x5433);
    assertEquals(m.call(s("loadpc"), [7]), 7);
  },
});

Deno.test("fuzz: random instructions raise only ThumbFault", () => {
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16;
  const m = new ThumbMachine({ memorySize: 1 << 16 });
  const code = new Uint8Array(32);
  const dv = new DataView(code.buffer);
  let faults = 0;
  const f = m.loadCode(code);
  for (let k = 0; k < 20000; k++) {
    const hw1 = k & 1 ? 0xe800 | (rnd() & 0x17ff) : rnd();
    dv.setUint16(0, hw1, true);
    dv.setUint16(2, rnd(), true);
    for (let i = 4; i < 32; i += 2) dv.setUint16(i, 0x4770, true); // bx lr
    // Rewriting the code in place also exercises the decode-cache invalidation.
    m.writeBytes(f, code);
    const m2 = m;
    const arena = 0x20000000 + 0x8000;
    try {
      m2.call(f, [arena, arena + 64, 3, arena + 128], { maxSteps: 100 });
    } catch (e) {
      if (!(e instanceof ThumbFault)) {
        throw new Error(`0x${hw1.toString(16)} 0x${dv.getUint16(2, true).toString(16)}: ${e}`);
      }
      faults++;
    }
    if (k % 500 === 499) m.unmap();
  }
  ok(faults > 0 && faults < 20000);
});

Deno.test("code from our assembler (createAssembler): factorial on armv6m and armv7m, VFP", () => {
  const R = (n: number) => ({ kind: "reg" as const, n });
  const S = (n: number) => ({ kind: "sreg" as const, n });
  const I = (value: number) => ({ kind: "imm" as const, value });
  const L = (name: string) => ({ kind: "label" as const, name });
  for (const arch of ["armv6m", "armv7m"] as const) {
    const a = createAssembler(arch);
    a.op("movs", [R(1), I(1)], 1);
    a.label("loop", 2);
    a.op("cmp", [R(0), I(1)], 3);
    a.op("ble", [L("done")], 4);
    a.op("mul", [R(1), R(0)], 5);
    a.op("sub", [R(0), R(0), I(1)], 6);
    a.op("b", [L("loop")], 7);
    a.label("done", 8);
    a.op("mov", [R(0), R(1)], 9);
    a.op("bx", [R(14)], 10);
    const m = new ThumbMachine();
    assertEquals(m.call(m.loadCode(a.finish()), [7]), 5040, arch);
  }
  const a = createAssembler("armv7emsp");
  a.op("vmov", [S(0), R(0)], 1);
  a.op("vmov", [S(1), R(1)], 2);
  a.op("vmul", [S(2), S(0), S(1)], 3);
  a.op("vadd", [S(2), S(2), S(0)], 4);
  a.op("vmov", [R(0), S(2)], 5);
  a.op("bx", [R(14)], 6);
  const m = new ThumbMachine();
  const r = m.call(m.loadCode(a.finish()), [floatBits(1.5), floatBits(4)]);
  assertEquals(bitsFloat(r), 7.5);
});
