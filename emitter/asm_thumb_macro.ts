// Multi-instruction forms the native emitter needs where ARMv6-M lacks an encoding that
// Thumb-2 has (py/asmthumb.c's *_optimised helpers): large immediates, far word loads and large
// stack adjustments. The Thumb vs Thumb-2 choice stays here, in the assembler layer; sequences
// follow docs/spec/native-abi.md §9 where it describes mpy-cross's choice.
import type { Operand, ThumbAssembler } from "./asm_types.ts";
import { ARCH_FEATURES, T2 } from "./asm_thumb_enc.ts";

const SP = 13;
const reg = (n: number): Operand => ({ kind: "reg", n });
const imm = (value: number): Operand => ({ kind: "imm", value });
const mem = (base: number, offset: number): Operand => ({ kind: "mem", base, offset });
const thumb2 = (asm: ThumbAssembler): boolean => (ARCH_FEATURES[asm.arch] & T2) !== 0;

/** Lowest and highest set bit of a non-zero 32-bit value. */
function bitSpan(v: number): [number, number] {
  return [31 - Math.clz32(v & -v), 31 - Math.clz32(v)];
}

/** reg (r0-r7) = value (any 32-bit value; flags are clobbered). */
export function movImm(asm: ThumbAssembler, rd: number, value: number): void {
  const v = value >>> 0;
  if (v <= 0xff) return asm.op("mov", [reg(rd), imm(v)], 0);
  if (thumb2(asm)) {
    asm.op("movw", [reg(rd), imm(v & 0xffff)], 0);
    if (v > 0xffff) asm.op("movt", [reg(rd), imm(v >>> 16)], 0);
    return;
  }
  const [lo, hi] = bitSpan(v);
  if (hi - lo < 8) {
    asm.op("mov", [reg(rd), imm(v >>> lo)], 0);
    asm.op("lsl", [reg(rd), reg(rd), imm(lo)], 0);
    return;
  }
  const neg = (-v) >>> 0;
  if (neg <= 0xffff) {
    movImm(asm, rd, neg);
    asm.op("neg", [reg(rd), reg(rd)], 0);
    return;
  }
  // Byte by byte from the top (mpy-cross would use a literal word here; same value).
  asm.op("mov", [reg(rd), imm(v >>> 24)], 0);
  for (const shift of [16, 8, 0]) {
    asm.op("lsl", [reg(rd), reg(rd), imm(8)], 0);
    const byte = (v >>> shift) & 0xff;
    if (byte) asm.op("add", [reg(rd), imm(byte)], 0);
  }
}

/** rt (r0-r7) = word at [base + offset] (offset a multiple of 4, below 4096). */
export function loadWord(asm: ThumbAssembler, rt: number, base: number, offset: number): void {
  const limit = base === SP ? 1020 : 124;
  if (offset <= limit || thumb2(asm)) return asm.op("ldr", [reg(rt), mem(base, offset)], 0);
  // ARMv6-M: step the base forward, then the largest 16-bit offset (docs/spec/native-abi.md §5).
  if (offset - limit <= 0xff) {
    asm.op("mov", [reg(rt), reg(base)], 0);
    asm.op("add", [reg(rt), imm(offset - limit)], 0);
    asm.op("ldr", [reg(rt), mem(rt, limit)], 0);
    return;
  }
  if (rt === base) throw new Error(`ldr r${rt}, [r${base}, #${offset}]: no scratch on ${asm.arch}`);
  movImm(asm, rt, offset);
  asm.op("add", [reg(rt), reg(base)], 0);
  asm.op("ldr", [reg(rt), mem(rt, 0)], 0);
}

/** sp -= bytes (sub) or sp += bytes (add); bytes a multiple of 4. */
export function adjustSp(asm: ThumbAssembler, op: "add" | "sub", bytes: number): void {
  // 16-bit forms reach 508 bytes; Thumb-2 has add.w/sub.w beyond, ARMv6-M repeats the short one.
  const step = thumb2(asm) ? 4092 : 508;
  for (let left = bytes; left > 0; left -= step) {
    asm.op(op, [reg(SP), reg(SP), imm(Math.min(left, step))], 0);
  }
}
