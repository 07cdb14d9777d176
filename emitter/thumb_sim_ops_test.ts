// Instruction-level tests: each instruction (or short sequence) assembled by GNU as and run on
// random and boundary operands against a JS reference. Skipped without binutils-arm-none-eabi.

import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { ThumbMachine } from "./thumb_sim.ts";
import { assemble, bitsFloat, floatBits, haveBinutils, rbit } from "./thumb_sim_test_util.ts";

const HAVE_AS = await haveBinutils();
// ---- single instructions against JS references, incl. flags (mrs r1, APSR after the op)

type Ref = (a: number, b: number) => number;
const u = (x: number) => x >>> 0;
const OPS: [string, Ref][] = [
  ["adds r0, r0, r1", (a, b) => a + b],
  ["subs r0, r0, r1", (a, b) => a - b],
  ["rsb r0, r0, #100", (a) => 100 - a],
  ["negs r0, r1", (_a, b) => -b],
  ["mul r0, r0, r1", (a, b) => Math.imul(a, b)],
  ["mla r0, r0, r1, r1", (a, b) => Math.imul(a, b) + b],
  ["mls r0, r0, r1, r1", (a, b) => b - Math.imul(a, b)],
  ["sdiv r0, r0, r1", (a, b) => (b | 0) === 0 ? 0 : Math.trunc((a | 0) / (b | 0))],
  ["udiv r0, r0, r1", (a, b) => b === 0 ? 0 : Math.trunc(a / b)],
  ["ands r0, r1", (a, b) => a & b],
  ["orrs r0, r1", (a, b) => a | b],
  ["eors r0, r1", (a, b) => a ^ b],
  ["bics r0, r1", (a, b) => a & ~b],
  ["orn r0, r0, r1", (a, b) => a | ~b],
  ["mvns r0, r1", (_a, b) => ~b],
  ["and r0, r0, #0xff00", (a) => a & 0xff00],
  ["orr r0, r0, #0x81000000", (a) => a | 0x81000000],
  ["eor r0, r0, #0x00ab00ab", (a) => a ^ 0x00ab00ab],
  ["add r0, r0, #4095", (a) => a + 4095],
  ["sub r0, r0, #0x3fc", (a) => a - 0x3fc],
  ["add r0, r0, r1, lsl #3", (a, b) => a + (b << 3)],
  ["sub r0, r0, r1, asr #2", (a, b) => a - (b >> 2)],
  ["lsls r0, r0, #5", (a) => a << 5],
  ["lsrs r0, r0, #7", (a) => a >>> 7],
  ["asrs r0, r0, #31", (a) => a >> 31],
  ["ror r0, r0, #12", (a) => (a >>> 12) | (a << 20)],
  ["lsls r0, r1", (a, b) => (b & 0xff) >= 32 ? 0 : a << (b & 0xff)],
  ["lsr.w r0, r0, r1", (a, b) => (b & 0xff) >= 32 ? 0 : a >>> (b & 0xff)],
  ["asrs r0, r1", (a, b) => a >> Math.min(b & 0xff, 31)],
  ["rors r0, r1", (a, b) => (a >>> (b & 31)) | (a << (32 - (b & 31)))],
  ["clz r0, r1", (_a, b) => Math.clz32(b)],
  ["rbit r0, r1", (_a, b) => rbit(b)],
  [
    "rev r0, r1",
    (_a, b) => ((b & 0xff) << 24) | ((b & 0xff00) << 8) | ((b >>> 8) & 0xff00) | (b >>> 24),
  ],
  ["rev16 r0, r1", (_a, b) => ((b & 0x00ff00ff) << 8) | ((b >>> 8) & 0x00ff00ff)],
  ["revsh r0, r1", (_a, b) => ((((b & 0xff) << 8) | ((b >>> 8) & 0xff)) << 16) >> 16],
  ["sxth r0, r1", (_a, b) => (b << 16) >> 16],
  ["sxtb r0, r1", (_a, b) => (b << 24) >> 24],
  ["uxth r0, r1", (_a, b) => b & 0xffff],
  ["uxtb.w r0, r1, ror #8", (_a, b) => (b >>> 8) & 0xff],
  ["uxtab r0, r0, r1", (a, b) => a + (b & 0xff)],
  ["cmp r0, r1\n  ite hs\n  movhs r0, #1\n  movlo r0, #2", (a, b) => a >= b ? 1 : 2],
  ["cmp r0, r1\n  ite ge\n  movge r0, #1\n  movlt r0, #2", (a, b) => (a | 0) >= (b | 0) ? 1 : 2],
  ["cmn r0, r1\n  ite mi\n  movmi r0, #1\n  movpl r0, #2", (a, b) => ((a + b) | 0) < 0 ? 1 : 2],
  ["tst r0, r1\n  ite eq\n  moveq r0, #1\n  movne r0, #2", (a, b) => (a & b) === 0 ? 1 : 2],
  ["teq r0, r1\n  ite eq\n  moveq r0, #1\n  movne r0, #2", (a, b) => a === b ? 1 : 2],
  ["cmp r0, r1\n  ite vs\n  movvs r0, #1\n  movvc r0, #2", (a, b) => {
    const d = (a | 0) - (b | 0);
    return d > 0x7fffffff || d < -0x80000000 ? 1 : 2;
  }],
  ["cmp r0, r1\n  ite hi\n  movhi r0, #1\n  movls r0, #2", (a, b) => a > b ? 1 : 2],
  ["cmp r0, r1\n  ite gt\n  movgt r0, #1\n  movle r0, #2", (a, b) => (a | 0) > (b | 0) ? 1 : 2],
  ["ssat r0, #8, r1", (_a, b) => Math.max(-128, Math.min(127, b | 0))],
  ["usat r0, #8, r1", (_a, b) => Math.max(0, Math.min(255, b | 0))],
  ["umull r0, r1, r0, r1\n  eor r0, r1", (a, b) => {
    const p = BigInt(a) * BigInt(b);
    return Number(BigInt.asUintN(32, p) ^ BigInt.asUintN(32, p >> 32n));
  }],
  ["smull r0, r1, r0, r1\n  eor r0, r1", (a, b) => {
    const p = BigInt(a | 0) * BigInt(b | 0);
    return Number(BigInt.asUintN(32, p) ^ BigInt.asUintN(32, p >> 32n));
  }],
];

Deno.test({
  name: "assembled: single instructions vs JS reference (random operands)",
  ignore: !HAVE_AS,
  async fn() {
    const funcs: Record<string, string> = {};
    OPS.forEach(([src], i) => funcs[`op${i}`] = `${src}\n  bx lr`);
    const a = await assemble(funcs);
    const m = new ThumbMachine();
    const base = m.loadCode(a.code);
    let seed = 12345;
    const rnd = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const k = seed >>> 28;
      // A mix of small, boundary and random values.
      return k < 3
        ? seed & 0x3f
        : k < 5
        ? [0, 1, 0x7fffffff, 0x80000000, 0xffffffff][seed % 5]
        : seed;
    };
    OPS.forEach(([src, ref], i) => {
      for (let k = 0; k < 200; k++) {
        const x = rnd(), y = rnd();
        const got = m.call(base + a.symbols[`op${i}`], [x, y]);
        assertEquals(got, u(ref(x, y)), `${src} with 0x${x.toString(16)}, 0x${y.toString(16)}`);
      }
    });
  },
});

// ---- flags: NZCV read back with mrs; r2 bit 0 is the carry in (set by lsrs r3, r2, #1)

type FlagRef = (a: number, b: number, cin: number, c0: number) => [number, number, number];
function addRef(a: number, b: number, cin: number): [number, number, number] {
  const r = a + b + cin;
  const v = ((a | 0) + (b | 0) + cin) !== (r | 0) ? 1 : 0;
  return [r >>> 0, r > 0xffffffff ? 1 : 0, v];
}
const subRef = (a: number, b: number, cin = 1) => addRef(a, ~b >>> 0, cin);
const logicRef = (r: number, c: number): [number, number, number] => [r >>> 0, c, -1];
const FLAG_OPS: [string, FlagRef][] = [
  ["adds r0, r0, r1", (a, b) => addRef(a, b, 0)],
  ["adcs r0, r0, r1", (a, b, cin) => addRef(a, b, cin)],
  ["adcs.w r0, r0, r1, lsl #4", (a, b, cin) => addRef(a, u(b << 4), cin)],
  ["subs r0, r0, r1", (a, b) => subRef(a, b)],
  ["sbcs r0, r0, r1", (a, b, cin) => subRef(a, b, cin)],
  ["sbcs r0, r0, #7", (a, _b, cin) => subRef(a, 7, cin)],
  ["rsbs r0, r0, #0", (a) => subRef(0, a)],
  ["cmp r0, r1", (a, b) => [a, subRef(a, b)[1], subRef(a, b)[2], subRef(a, b)[0]] as never],
  ["adds r0, #200", (a) => addRef(a, 200, 0)],
  ["subs r0, r1, #3", (_a, b) => subRef(b, 3)],
  ["adds.w r0, r0, #0x10000", (a) => addRef(a, 0x10000, 0)],
  ["subs.w r0, r0, #0x3fc00", (a) => subRef(a, 0x3fc00)],
  ["lsls r0, r0, #1", (a, _b, _c, c0) => logicRef(a << 1, c0 === -1 ? a >>> 31 : a >>> 31)],
  ["lsrs r0, r0, #32", (a) => logicRef(0, a >>> 31)],
  ["asrs r0, r0, #32", (a) => logicRef(a >> 31, a >>> 31)],
  ["lsls r0, r1", (a, b, _cin, c0) => {
    const n = b & 0xff;
    if (n === 0) return logicRef(a, c0);
    return logicRef(n >= 32 ? 0 : a << n, n > 32 ? 0 : (a >>> (32 - n)) & 1);
  }],
  ["lsrs r0, r1", (a, b, _cin, c0) => {
    const n = b & 0xff;
    if (n === 0) return logicRef(a, c0);
    return logicRef(n >= 32 ? 0 : a >>> n, n > 32 ? 0 : (a >>> (n - 1)) & 1);
  }],
  ["rors r0, r1", (a, b, _cin, c0) => {
    const n = b & 0xff;
    if (n === 0) return logicRef(a, c0);
    const r = u((a >>> (n & 31)) | (a << (32 - (n & 31))));
    return logicRef(r, r >>> 31);
  }],
  ["rrxs r0, r0", (a, _b, cin) => logicRef((cin << 31) | (a >>> 1), a & 1)],
  ["ands.w r0, r0, r1, lsr #3", (a, b) => logicRef(a & (b >>> 3), (b >>> 2) & 1)],
  ["ands r0, r0, #0x80000000", (a) => logicRef(a & 0x80000000, 1)],
  ["orrs r0, r0, #0xff", (a, _b, _cin, c0) => logicRef(a | 0xff, c0)],
  ["movs r0, #0", (_a, _b, _cin, c0) => logicRef(0, c0)],
  ["muls r0, r1, r0", (a, b, _cin, c0) => logicRef(Math.imul(a, b), c0)],
  ["tst r0, r1", (a, b, _cin, c0) => [a, c0, -1, u(a & b)] as never],
];

Deno.test({
  name: "assembled: NZCV flags vs JS reference",
  ignore: !HAVE_AS,
  async fn() {
    const funcs: Record<string, string> = {};
    // r2 bit0 -> C; the op; r1 <- APSR; r0 is the result
    FLAG_OPS.forEach(([src], i) =>
      funcs[`f${i}`] = `lsrs r3, r2, #1\n  ${src}\n  mrs r1, APSR\n  bx lr`
    );
    const a = await assemble(funcs);
    const m = new ThumbMachine();
    const base = m.loadCode(a.code);
    let seed = 99;
    const rnd = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const k = seed >>> 28;
      return k < 4
        ? seed & 0x3f
        : k < 7
        ? [0, 1, 0x7fffffff, 0x80000000, 0xffffffff][seed % 5]
        : seed;
    };
    FLAG_OPS.forEach(([src, ref], i) => {
      for (let k = 0; k < 300; k++) {
        const x = rnd(), y = rnd(), cin = k & 1;
        // lsrs r3, r2, #1 also sets N=0, Z=(r2>>1 == 0); use r2 = cin | 2 so Z=0.
        m.call(base + a.symbols[`f${i}`], [x, y, cin | 2]);
        const out = ref(x, y, cin, cin) as unknown as number[];
        const res = out.length === 4 ? out[3] : out[0];
        const want = [u(res) >>> 31, u(res) === 0 ? 1 : 0, out[1], out[2] === -1 ? 0 : out[2]];
        const f = m.regs[1];
        const got = [f >>> 31, (f >>> 30) & 1, (f >>> 29) & 1, (f >>> 28) & 1];
        const what = `${src} with 0x${x.toString(16)}, 0x${y.toString(16)}, c=${cin}`;
        assertEquals(got, want, what);
        if (out.length !== 4) assertEquals(m.regs[0], u(out[0]), what);
      }
    });
  },
});

// ---- VFP single ops: s0 = r0, s1 = r1 (float bits), result s2 -> r0; doubles via d2/d3 -> d4
const fr = Math.fround;
const F32_OPS: [string, (a: number, b: number) => number][] = [
  ["vadd.f32 s2, s0, s1", (a, b) => a + b],
  ["vsub.f32 s2, s0, s1", (a, b) => a - b],
  ["vmul.f32 s2, s0, s1", (a, b) => a * b],
  ["vdiv.f32 s2, s0, s1", (a, b) => a / b],
  ["vnmul.f32 s2, s0, s1", (a, b) => -(a * b)],
  ["vsqrt.f32 s2, s0", (a) => Math.sqrt(a)],
  ["vabs.f32 s2, s1", (_a, b) => Math.abs(b)],
  ["vneg.f32 s2, s1", (_a, b) => -b],
  ["vmov.f32 s2, s1", (_a, b) => b],
  ["vmov.f32 s2, #-0.125", () => -0.125],
  ["vmov.f32 s2, #31.0", () => 31],
  ["vmov.f32 s2, s0\n  vmla.f32 s2, s0, s1", (a, b) => a + fr(a * b)],
  ["vmov.f32 s2, s0\n  vmls.f32 s2, s0, s1", (a, b) => a - fr(a * b)],
  ["vmov.f32 s2, s0\n  vfma.f32 s2, s0, s1", (a, b) => a + a * b],
  ["vmov.f32 s2, s0\n  vnmla.f32 s2, s0, s1", (a, b) => -a - fr(a * b)],
  [
    "vcvt.s32.f32 s2, s0\n  vcvt.f32.s32 s2, s2",
    (a) => a !== a ? 0 : Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, Math.trunc(a))) || 0,
  ],
  [
    "vcvt.u32.f32 s2, s0\n  vcvt.f32.u32 s2, s2",
    (a) => a !== a || a < 0 ? 0 : Math.min(2 ** 32 - 1, Math.trunc(a)) || 0,
  ],
  [
    "vcvt.f64.f32 d2, s0\n  vcvt.f64.f32 d3, s1\n  vdiv.f64 d2, d2, d3\n  vsqrt.f64 d2, d2\n  vcvt.f32.f64 s2, d2",
    (a, b) => Math.sqrt(a / b),
  ],
  [
    "vcvt.f64.f32 d2, s0\n  vcvt.f64.f32 d3, s1\n  vsub.f64 d2, d2, d3\n  vabs.f64 d2, d2\n  vneg.f64 d2, d2\n  vcvt.f32.f64 s2, d2",
    (a, b) => -Math.abs(a - b),
  ],
  [
    "vcmp.f32 s0, s1\n  vmrs APSR_nzcv, fpscr\n  vmov.f32 s2, #1.0\n  it ge\n  vmovge.f32 s2, #2.0",
    (a, b) => a >= b ? 2 : 1,
  ],
  [
    "vcmpe.f32 s0, #0\n  vmrs APSR_nzcv, fpscr\n  vmov.f32 s2, #1.0\n  it mi\n  vmovmi.f32 s2, #2.0",
    (a) => a < 0 ? 2 : 1,
  ],
  [
    "vcmp.f32 s0, s1\n  vmrs APSR_nzcv, fpscr\n  vmov.f32 s2, #1.0\n  it vs\n  vmovvs.f32 s2, #2.0",
    (a, b) => a !== a || b !== b ? 2 : 1,
  ],
  [
    "vpush {s0, s1}\n  vpop {s2, s3}\n  vstmdb sp!, {s2-s3}\n  vldmia sp!, {s4-s5}\n  vadd.f32 s2, s4, s5",
    (a, b) => a + b,
  ],
  ["vmov d3, r0, r1\n  vmov.32 r2, d3[1]\n  vmov s2, r2", (_a, b) => b],
];

Deno.test({
  name: "assembled: VFP single/double ops vs JS reference",
  ignore: !HAVE_AS,
  async fn() {
    const funcs: Record<string, string> = {};
    F32_OPS.forEach(([src], i) =>
      funcs[`v${i}`] = `vmov s0, r0\n  vmov s1, r1\n  ${src}\n  vmov r0, s2\n  bx lr`
    );
    const a = await assemble(funcs);
    const m = new ThumbMachine();
    const base = m.loadCode(a.code);
    const vals = [
      0,
      -0,
      1,
      -1,
      0.5,
      3.75,
      -2.5e10,
      1e-3,
      123456.789,
      2 ** 31,
      -(2 ** 31),
      4e9,
      NaN,
      Infinity,
    ];
    F32_OPS.forEach(([src, ref], i) => {
      for (const x of vals) {
        for (const y of vals) {
          const got = bitsFloat(m.call(base + a.symbols[`v${i}`], [floatBits(x), floatBits(y)]));
          const want = fr(ref(fr(x), fr(y)));
          const what = `${src} with ${x}, ${y}`;
          if (want !== want) ok(got !== got, what);
          else ok(Object.is(got, want), `${what}: ${got} != ${want}`);
        }
      }
    });
  },
});
