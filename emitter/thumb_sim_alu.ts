// Shared pieces of the Thumb emulator: the fault type, the handler type, flag helpers and the
// shift/immediate decoders of the ARMv7-M Architecture Reference Manual (A2.2, A5.3.2, A7.4.2).

import type { ThumbMachine } from "./thumb_sim.ts";

/** A fault of the emulated code: undefined instruction, bad memory access, step limit. */
export class ThumbFault extends Error {
  constructor(message: string, readonly pc?: number) {
    super(pc === undefined ? message : `${message} at 0x${hex(pc)}`);
    this.name = "ThumbFault";
  }
}

/** A decoded instruction. `m.pc` already holds the address of the next instruction. */
export type Exec = (m: ThumbMachine) => void;

/** A decoded instruction and its length in bytes. */
export interface Decoded {
  fn: Exec;
  size: 2 | 4;
}

export function hex(v: number, width = 8): string {
  return (v >>> 0).toString(16).padStart(width, "0");
}

export function setNZ(m: ThumbMachine, res: number): void {
  m.n = res >>> 31;
  m.z = (res | 0) === 0 ? 1 : 0;
}

/** AddWithCarry(a, b, carry) with flags; a and b as uint32. Returns the uint32 result. */
export function addFlags(m: ThumbMachine, a: number, b: number, cin: number): number {
  const u = a + b + cin;
  const res = u >>> 0;
  m.n = res >>> 31;
  m.z = res === 0 ? 1 : 0;
  m.c = u > 0xffffffff ? 1 : 0;
  m.v = ((a | 0) + (b | 0) + cin) !== (res | 0) ? 1 : 0;
  return res;
}

/** a - b with flags (AddWithCarry(a, NOT b, 1)). */
export function subFlags(m: ThumbMachine, a: number, b: number): number {
  return addFlags(m, a, ~b >>> 0, 1);
}

/** ConditionPassed for a 4-bit condition code. */
export function condPassed(m: ThumbMachine, cond: number): boolean {
  let r: boolean;
  switch (cond >> 1) {
    case 0:
      r = m.z === 1;
      break;
    case 1:
      r = m.c === 1;
      break;
    case 2:
      r = m.n === 1;
      break;
    case 3:
      r = m.v === 1;
      break;
    case 4:
      r = m.c === 1 && m.z === 0;
      break;
    case 5:
      r = m.n === m.v;
      break;
    case 6:
      r = m.n === m.v && m.z === 0;
      break;
    default:
      return true;
  }
  return (cond & 1) === 1 ? !r : r;
}

export const SRTYPE_LSL = 0, SRTYPE_LSR = 1, SRTYPE_ASR = 2, SRTYPE_ROR = 3, SRTYPE_RRX = 4;

/** DecodeImmShift: returns [type, amount]. */
export function decodeImmShift(type: number, imm5: number): [number, number] {
  switch (type) {
    case 0:
      return [SRTYPE_LSL, imm5];
    case 1:
      return [SRTYPE_LSR, imm5 === 0 ? 32 : imm5];
    case 2:
      return [SRTYPE_ASR, imm5 === 0 ? 32 : imm5];
    default:
      return imm5 === 0 ? [SRTYPE_RRX, 1] : [SRTYPE_ROR, imm5];
  }
}

/** Shift_C: returns the uint32 result, stores the carry out in `m.sc`. */
export function shiftC(m: ThumbMachine, v: number, type: number, amount: number, cin: number) {
  if (amount === 0 && type !== SRTYPE_RRX) {
    m.sc = cin;
    return v >>> 0;
  }
  switch (type) {
    case SRTYPE_LSL:
      if (amount >= 32) {
        m.sc = amount === 32 ? v & 1 : 0;
        return 0;
      }
      m.sc = (v >>> (32 - amount)) & 1;
      return (v << amount) >>> 0;
    case SRTYPE_LSR:
      if (amount >= 32) {
        m.sc = amount === 32 ? v >>> 31 : 0;
        return 0;
      }
      m.sc = (v >>> (amount - 1)) & 1;
      return v >>> amount;
    case SRTYPE_ASR:
      if (amount >= 32) {
        m.sc = v >>> 31;
        return (v >> 31) >>> 0;
      }
      m.sc = (v >>> (amount - 1)) & 1;
      return (v >> amount) >>> 0;
    case SRTYPE_ROR: {
      const a = amount & 31;
      const res = a === 0 ? v >>> 0 : ((v >>> a) | (v << (32 - a))) >>> 0;
      m.sc = res >>> 31;
      return res;
    }
    default: // RRX
      m.sc = v & 1;
      return ((cin << 31) | (v >>> 1)) >>> 0;
  }
}

/** Shift without carry (uint32 result). */
export function shift(v: number, type: number, amount: number, cin: number): number {
  if (amount === 0 && type !== SRTYPE_RRX) return v >>> 0;
  switch (type) {
    case SRTYPE_LSL:
      return amount >= 32 ? 0 : (v << amount) >>> 0;
    case SRTYPE_LSR:
      return amount >= 32 ? 0 : v >>> amount;
    case SRTYPE_ASR:
      return (v >> (amount >= 32 ? 31 : amount)) >>> 0;
    case SRTYPE_ROR: {
      const a = amount & 31;
      return a === 0 ? v >>> 0 : ((v >>> a) | (v << (32 - a))) >>> 0;
    }
    default:
      return ((cin << 31) | (v >>> 1)) >>> 0;
  }
}

/**
 * ThumbExpandImm_C on the 12-bit i:imm3:imm8 field. Returns [value, carryOut] where carryOut
 * is -1 when the carry is unchanged.
 */
export function thumbExpandImm(imm12: number): [number, number] {
  if ((imm12 >> 10) === 0) {
    const b = imm12 & 0xff;
    switch ((imm12 >> 8) & 3) {
      case 0:
        return [b, -1];
      case 1:
        return [(b << 16 | b) >>> 0, -1];
      case 2:
        return [(b << 24 | b << 8) >>> 0, -1];
      default:
        return [(b << 24 | b << 16 | b << 8 | b) >>> 0, -1];
    }
  }
  const unrot = 0x80 | (imm12 & 0x7f);
  const rot = imm12 >> 7;
  const v = ((unrot >>> rot) | (unrot << (32 - rot))) >>> 0;
  return [v, v >>> 31];
}

export function signExtend(v: number, bits: number): number {
  const s = 32 - bits;
  return (v << s) >> s;
}
