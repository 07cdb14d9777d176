// Shared pieces of the Thumb encoder tables: forms, features, operand checks and field packers.
import type { Operand, ThumbArch } from "./asm_types.ts";

/** Feature bits: which architectures have a form. */
export const T1 = 1; // 16-bit Thumb and the few 32-bit ARMv6-M instructions (bl, mrs, msr)
export const T2 = 2; // Thumb-2 (ARMv7-M)
export const FP = 4; // single-precision VFP (FPv4-SP)
export const DP = 8; // double-precision VFP (FPv5-D16)

export const ARCH_FEATURES: Record<ThumbArch, number> = {
  armv6m: T1,
  armv7m: T1 | T2,
  armv7em: T1 | T2,
  armv7emsp: T1 | T2 | FP,
  armv7emdp: T1 | T2 | FP | DP,
};

/** What an encoding does to the flags: always ("s"), never ("n"), a narrow form that sets them
 * only outside an IT block ("it"), or not applicable ("x"). */
export type FlagKind = "s" | "n" | "it" | "x";

export interface Ctx {
  /** The mnemonic as written, for messages. */
  mn: string;
  inIT: boolean;
  features: number;
}

/** One encoding of a mnemonic: operand kinds (r reg, i imm, m mem, l label, L reglist, s sreg,
 * d dreg), the feature it needs, its size, its flag behaviour and the encoder (halfwords). */
export interface Form {
  pat: string;
  feat: number;
  size: 2 | 4 | 8;
  flags: FlagKind;
  enc: (o: Operand[], c: Ctx) => number[];
}

/** Thrown by an encoder when the operands don't fit the form; the selector tries the next. */
export class Reject {
  constructor(readonly message: string) {}
}

export function form(
  pat: string,
  feat: number,
  size: 2 | 4 | 8,
  flags: FlagKind,
  enc: (o: Operand[], c: Ctx) => number[],
): Form {
  return { pat, feat, size, flags, enc };
}

export function kindChar(o: Operand): string {
  switch (o.kind) {
    case "reg":
      return "r";
    case "imm":
      return "i";
    case "mem":
      return "m";
    case "label":
      return "l";
    case "reglist":
      return "L";
    case "sreg":
      return "s";
    case "dreg":
      return "d";
  }
}

export const rn = (o: Operand): number => (o as { n: number }).n;
export const iv = (o: Operand): number => (o as { value: number }).value;
export const mem = (o: Operand): { base: number; offset: number } =>
  o as { base: number; offset: number };

const REG_NAMES: Record<number, string> = { 13: "sp", 14: "lr", 15: "pc" };
export const regName = (n: number): string => REG_NAMES[n] ?? `r${n}`;

/** A low register r0-r7. */
export function lo(c: Ctx, n: number): number {
  if (n > 7) throw new Reject(`'${c.mn}' expects at most r7`);
  return n;
}

/** A register allowed in most 32-bit encodings: not sp, not pc. */
export function wr(c: Ctx, n: number): number {
  if (n === 13 || n === 15) throw new Reject(`'${c.mn}' can't use ${regName(n)} here`);
  return n;
}

/** An unsigned immediate that is a multiple of `scale` and below `limit * scale`. */
export function uimm(c: Ctx, v: number, limit: number, scale = 1): number {
  if (!Number.isInteger(v) || v < 0 || v % scale !== 0 || v / scale >= limit) {
    const what = scale > 1 ? ` (a multiple of ${scale} in 0..${(limit - 1) * scale})` : "";
    throw new Reject(
      `'${c.mn}' integer 0x${(v >>> 0).toString(16)} doesn't fit in mask 0x${
        ((limit - 1) * scale).toString(16)
      }${what}`,
    );
  }
  return v / scale;
}

/** Encode a value as a Thumb-2 modified immediate (i:imm3:imm8), or -1. */
export function modImm(value: number): number {
  const v = value >>> 0;
  if (v < 256) return v;
  const b = v & 0xff;
  if (v === ((b << 16) | b) >>> 0) return 0x100 | b;
  const b1 = (v >>> 8) & 0xff;
  if (v === ((b1 << 24) | (b1 << 8)) >>> 0) return 0x200 | b1;
  if (v === (b * 0x01010101) >>> 0) return 0x300 | b;
  for (let rot = 8; rot < 32; rot++) {
    const x = ((v << rot) | (v >>> (32 - rot))) >>> 0; // rotate left by rot
    if (x >= 0x80 && x <= 0xff) return (rot << 7) | (x & 0x7f);
  }
  return -1;
}

export function constOf(c: Ctx, v: number): number {
  const e = Number.isInteger(v) && v >= -0x80000000 && v <= 0xffffffff ? modImm(v) : -1;
  if (e < 0) throw new Reject(`'${c.mn}' immediate ${v} can't be encoded as a Thumb-2 constant`);
  return e;
}

/** 32-bit data-processing (modified immediate): op AND0 BIC1 ORR2 ORN3 EOR4 ADD8 ADC10 SBC11
 * SUB13 RSB14. */
export function dpImm(op: number, s: number, d: number, n: number, e: number): number[] {
  return [
    0xf000 | ((e >> 11) & 1) << 10 | op << 5 | s << 4 | n,
    ((e >> 8) & 7) << 12 | d << 8 | (e & 0xff),
  ];
}

/** 32-bit data-processing (shifted register); shift type lsl0 lsr1 asr2 ror3. */
export function dpReg(
  op: number,
  s: number,
  d: number,
  n: number,
  m: number,
  type = 0,
  sh = 0,
): number[] {
  return [
    0xea00 | op << 5 | s << 4 | n,
    ((sh >> 2) & 7) << 12 | d << 8 | (sh & 3) << 6 | type << 4 | m,
  ];
}

/** 16-bit plain immediate fields of movw/movt/addw/subw: imm4:i:imm3:imm8. */
export function imm16(base: number, d: number, v: number): number[] {
  return [
    base | ((v >> 11) & 1) << 10 | (v >> 12) & 0xf,
    ((v >> 8) & 7) << 12 | d << 8 | (v & 0xff),
  ];
}

export const COND_CODES: Record<string, number> = {
  eq: 0,
  ne: 1,
  cs: 2,
  hs: 2,
  cc: 3,
  lo: 3,
  mi: 4,
  pl: 5,
  vs: 6,
  vc: 7,
  hi: 8,
  ls: 9,
  ge: 10,
  lt: 11,
  gt: 12,
  le: 13,
  al: 14,
};
