// Instruction encodings and multi-instruction sequences of the native emitter's Thumb machine
// layer (py/asmthumb.c's helpers), written to a halfword sink. Every Thumb vs Thumb-2 choice
// (ARMv6-M lacks movw, ldr.w, b.w, bCC.w) lives here, following docs/spec/native-abi.md §5-§9.

/** Where encodings go: halfwords in little-endian order; `thumb2` selects ARMv7-M forms. */
export interface HalfwordSink {
  readonly thumb2: boolean;
  op16(hw: number): void;
  /** Byte offset of the next halfword (for alignment-dependent sequences). */
  offset(): number;
}

const SP = 13, PC = 15;
export const NOP = 0xbf00;

/** Two-register ALU operations of the 16-bit "format 4" group (`op rd, rs`, rd = rd op rs). */
export const Fmt4 = {
  and: 0x4000,
  xor: 0x4040,
  lsl: 0x4080,
  lsr: 0x40c0,
  asr: 0x4100,
  neg: 0x4240,
  cmp: 0x4280,
  or: 0x4300,
  mul: 0x4340,
  not: 0x43c0, // mvn
} as const;
export type Fmt4Op = keyof typeof Fmt4;

/** Condition codes of bCC. */
export const Cond = { eq: 0, ne: 1, cs: 2, cc: 3, hi: 8, ls: 9, ge: 10, lt: 11, gt: 12, le: 13 };

/** rd = cond ? 1 : 0 after a cmp: `ite cond; movs rd, #1; movs rd, #0` on ARMv7-M, a branch over
 * `movs rd, #0; b` on ARMv6-M (py/emitnative.c binary_op for Thumb). */
export function setCond(s: HalfwordSink, cond: number, rd: number): void {
  if (s.thumb2) {
    s.op16(0xbf00 | cond << 4 | (cond & 1 ? 0x4 : 0xc)); // ite cond
    movRlo8(s, rd, 1);
    movRlo8(s, rd, 0);
    return;
  }
  s.op16(0xd000 | cond << 8 | 1); // bcc to the movs #1
  movRlo8(s, rd, 0);
  s.op16(0xe000); // b over it
  movRlo8(s, rd, 1);
}

const op32 = (s: HalfwordSink, hi: number, lo: number) => (s.op16(hi), s.op16(lo));
const fitsSigned = (v: number, bits: number) => v >= -(1 << (bits - 1)) && v < 1 << (bits - 1);

export const fmt4 = (s: HalfwordSink, op: Fmt4Op, rd: number, rs: number) =>
  s.op16(Fmt4[op] | rs << 3 | rd);
export const movRlo8 = (s: HalfwordSink, rd: number, imm: number) =>
  s.op16(0x2000 | rd << 8 | (imm & 0xff));
export const addRlo8 = (s: HalfwordSink, rd: number, imm: number) =>
  s.op16(0x3000 | rd << 8 | (imm & 0xff));
export const cmpRlo8 = (s: HalfwordSink, rd: number, imm: number) =>
  s.op16(0x2800 | rd << 8 | (imm & 0xff));
export const lslImm = (s: HalfwordSink, rd: number, rs: number, n: number) =>
  s.op16((n & 0x1f) << 6 | rs << 3 | rd);
/** rd = ra + rb / ra - rb (low registers). */
export const addRRR = (s: HalfwordSink, rd: number, ra: number, rb: number) =>
  s.op16(0x1800 | rb << 6 | ra << 3 | rd);
export const subRRR = (s: HalfwordSink, rd: number, ra: number, rb: number) =>
  s.op16(0x1a00 | rb << 6 | ra << 3 | rd);
export const sxth = (s: HalfwordSink, rd: number, rs: number) => s.op16(0xb200 | rs << 3 | rd);
export const bx = (s: HalfwordSink, r: number) => s.op16(0x4700 | r << 3);
export const blx = (s: HalfwordSink, r: number) => s.op16(0x4780 | r << 3);

/** Word/halfword/byte loads and stores with a 5-bit scaled offset (format 9/10). */
const LDST = { str: 0x6000, ldr: 0x6800, strb: 0x7000, ldrb: 0x7800, strh: 0x8000, ldrh: 0x8800 };
export function ldst(
  s: HalfwordSink,
  op: keyof typeof LDST,
  rt: number,
  rb: number,
  scaledOffset: number,
): void {
  s.op16(LDST[op] | (scaledOffset << 6 & 0x07c0) | rb << 3 | rt);
}

/** mov rd, rs (any registers, no flags). */
export function movReg(s: HalfwordSink, rd: number, rs: number): void {
  const lo = (rs < 8 ? rs << 3 : 0x40 | (rs - 8) << 3) | (rd < 8 ? rd : 0x80 | (rd - 8));
  s.op16(0x4600 | lo);
}

/** add rd, rm (high-register form, no flags). */
export function addRegReg(s: HalfwordSink, rd: number, rm: number): void {
  s.op16(0x4400 | rm << 3 | (rd & 7) | (rd & 8) << 4);
}

/** str/ldr rX, [sp, #4*slot] and add rX, sp, #4*slot. */
export const strSp = (s: HalfwordSink, rt: number, slot: number) =>
  s.op16(0x9000 | rt << 8 | (slot & 0xff));
export const ldrSp = (s: HalfwordSink, rt: number, slot: number) =>
  s.op16(0x9800 | rt << 8 | (slot & 0xff));
export const addSpAddr = (s: HalfwordSink, rd: number, slot: number) =>
  s.op16(0xa800 | rd << 8 | (slot & 0xff));

/** movw/movt (Thumb-2 only). */
function movI16(s: HalfwordSink, top: boolean, rd: number, v: number): void {
  op32(
    s,
    (top ? 0xf2c0 : 0xf240) | (v >> 1 & 0x0400) | (v >> 12 & 0xf),
    (v << 4 & 0x7000) | rd << 8 | (v & 0xff),
  );
}

/** A 16-bit value in three 16-bit instructions (ARMv6-M): movs, lsls #8, adds. */
export function movRloI16(s: HalfwordSink, rd: number, v: number): void {
  movRlo8(s, rd, v >> 8 & 0xff);
  lslImm(s, rd, rd, 8);
  addRlo8(s, rd, v & 0xff);
}

/** A full 32-bit value: movw+movt, or an inline literal word on ARMv6-M. */
export function movRegI32(s: HalfwordSink, rd: number, value: number): void {
  const v = value >>> 0;
  if (s.thumb2) {
    movI16(s, false, rd, v & 0xffff);
    movI16(s, true, rd, v >>> 16);
    return;
  }
  if (s.offset() & 2) s.op16(NOP);
  s.op16(0x4800 | rd << 8); // ldr rd, [pc, #0]
  s.op16(0xe000 | 1); // b.n over the literal
  s.op16(v & 0xffff);
  s.op16(v >>> 16);
}

/** rd = value with the shortest sequence (asm_thumb_mov_reg_i32_optimised). */
export function movRegImm(s: HalfwordSink, rd: number, value: number): void {
  let v = value | 0;
  if (rd < 8 && v >= 0 && v <= 0xff) return movRlo8(s, rd, v);
  if (s.thumb2) {
    if (v >= 0 && v <= 0xffff) return movI16(s, false, rd, v);
    return movRegI32(s, rd, v);
  }
  let negate = v < 0 && (v + v | 0) !== 0;
  if (negate) v = -v | 0;
  const u = v >>> 0;
  const clz = Math.clz32(u);
  const ctz = u ? 31 - Math.clz32(u & -u) : 0;
  if (clz + ctz >= 24) {
    movRlo8(s, rd, (u >>> ctz) & 0xff);
    lslImm(s, rd, rd, ctz);
  } else if (u <= 0xffff) {
    movRloI16(s, rd, u);
  } else {
    if (negate) {
      negate = false;
      v = -v | 0;
    }
    movRegI32(s, rd, v);
  }
  if (negate) fmt4(s, "neg", rd, rd);
}

/** rd = rb + (offset << shift) for ARMv6-M far loads (asm_thumb_add_reg_reg_offset). */
function addRegRegOffset(s: HalfwordSink, rd: number, rb: number, offset: number, shift: number) {
  if (offset << shift < 256) {
    if (rd !== rb) movReg(s, rd, rb);
    addRlo8(s, rd, offset << shift);
  } else if (offset <= 0xff && rd !== rb) {
    movRlo8(s, rd, offset);
    lslImm(s, rd, rd, shift);
    addRRR(s, rd, rd, rb);
  } else if (rd !== rb) {
    movRloI16(s, rd, offset << shift);
    addRRR(s, rd, rd, rd);
  } else {
    const other = rd ^ 7;
    s.op16(0xb400 | 1 << other);
    movRloI16(s, other, offset << shift);
    addRRR(s, rd, rd, other);
    s.op16(0xbc00 | 1 << other);
  }
}

/** rd = word `wordOffset` of the array at rb (asm_thumb_ldr_reg_reg_i12_optimised). */
export function ldrWord(s: HalfwordSink, rd: number, rb: number, wordOffset: number): void {
  if (rd < 8 && rb < 8 && wordOffset < 32) return ldst(s, "ldr", rd, rb, wordOffset);
  if (s.thumb2) return op32(s, 0xf8d0 | rb, rd << 12 | wordOffset * 4);
  addRegRegOffset(s, rd, rb, wordOffset - 31, 2);
  ldst(s, "ldr", rd, rd, 31);
}

/** rd = halfword `index` of the array at rb (qstr table loads). */
export function ldrhHalf(s: HalfwordSink, rd: number, rb: number, index: number): void {
  if (rd < 8 && rb < 8 && index < 32) return ldst(s, "ldrh", rd, rb, index);
  if (s.thumb2) return op32(s, 0xf8b0 | rb, rd << 12 | index * 2);
  addRegRegOffset(s, rd, rb, index - 31, 1);
  ldst(s, "ldrh", rd, rd, 31);
}

/** sub/add sp by `words` words: 7-bit immediates, subw/addw on Thumb-2, repeats on ARMv6-M. */
export function adjustSp(s: HalfwordSink, sub: boolean, words: number): void {
  if (words <= 0) return;
  const short = sub ? 0xb080 : 0xb000;
  if (s.thumb2) {
    if (words < 128) return s.op16(short | words);
    const imm = words * 4;
    return op32(s, (sub ? 0xf2a0 : 0xf200) | SP, (imm << 4 & 0x7000) | SP << 8 | (imm & 0xff));
  }
  let left = words;
  for (; left >= 128; left -= 127) s.op16(short | 127);
  s.op16(short | left);
}

/** Registers pushed by the prologue for a frame of `frameWords` words, and the extra words. */
export function frameShape(frameWords: number): { reglist: number; extra: number } {
  if (frameWords <= 1) return { reglist: 0xf2, extra: 0 };
  return { reglist: 0xfe, extra: frameWords <= 3 ? 0 : (frameWords - 3 + 1) & ~1 };
}

/** push {reglist, lr} / pop {reglist, pc}. */
export const pushLr = (s: HalfwordSink, reglist: number) => s.op16(0xb500 | reglist);
export const popPc = (s: HalfwordSink, reglist: number) => s.op16(0xbd00 | reglist);

/** Unconditional jump by `rel` (target - (pc + 4)); `backward` = label already placed. */
export function branch(s: HalfwordSink, rel: number, backward: boolean): void {
  if (backward && rel <= -4 && fitsSigned(rel, 12)) return s.op16(0xe000 | (rel >> 1 & 0x7ff));
  if (s.thumb2) {
    return op32(s, 0xf000 | (rel >> 12 & 0x07ff), 0xb800 | (rel >> 1 & 0x07ff));
  }
  longBranchV6(s, rel);
}

/** ARMv6-M forward or far jump: a literal offset added to pc (clobbers r1), 8 bytes, 10 when
 * its literal needs aligning; when b.n reaches, b.n padded with nops to the same size. */
function longBranchV6(s: HalfwordSink, rel: number): void {
  if (fitsSigned(rel, 12)) {
    const size = longBranchV6Size(s.offset());
    s.op16(0xe000 | (rel >> 1 & 0x7ff));
    for (let i = 2; i < size; i += 2) s.op16(NOP);
    return;
  }
  let r = rel;
  if (s.offset() & 2) {
    s.op16(NOP);
    r -= 2;
  }
  s.op16(0x4900); // ldr r1, [pc, #0]
  s.op16(0x448f); // add pc, r1
  r -= 2; // relative to the add's pc
  s.op16(r & 0xffff);
  s.op16(r >>> 16 & 0xffff);
}

/** Size in bytes of longBranchV6 placed at byte offset `at`. */
function longBranchV6Size(at: number): number {
  return at & 2 ? 10 : 8;
}

/** Conditional jump by `rel`; `backward` as for branch. */
export function branchCond(s: HalfwordSink, cond: number, rel: number, backward: boolean): void {
  if (backward && rel <= -4 && fitsSigned(rel, 9)) {
    return s.op16(0xd000 | cond << 8 | (rel >> 1 & 0xff));
  }
  if (s.thumb2) {
    // B<cond>.W (T3): S, J2, J1, imm6, imm11 are offset bits 20, 19, 18, 17-12, 11-1.
    // mpy-cross 1.27 (asmthumb.c OP_BCC_W_*) places bits 19-12 wrongly, which only agrees with
    // this when the jump is shorter than 4 KiB: longer ones crash the firmware (a Cortex-M3
    // fetches from the wrong address), so here they are encoded as the architecture says.
    return op32(
      s,
      0xf000 | cond << 6 | (rel >> 10 & 0x0400) | (rel >> 12 & 0x003f),
      0x8000 | (rel >> 5 & 0x2000) | (rel >> 8 & 0x0800) | (rel >> 1 & 0x07ff),
    );
  }
  // Inverted short branch over the long unconditional form.
  const after = s.offset() + 2;
  const inner = rel - 2;
  const skip = backward && rel <= -4 && fitsSigned(inner, 12) ? 2 : longBranchV6Size(after);
  s.op16(0xd000 | (cond ^ 1) << 8 | ((skip - 2) >> 1 & 0xff));
  branch(s, inner, backward);
}

export { PC, SP };
