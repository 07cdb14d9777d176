// Decoder for the VFP (FPv4-SP / FPv5-DP) instructions of ARMv7E-M (ARMv7-M ARM A6): data
// processing, compares, conversions, core<->VFP moves, vldr/vstr, vldm/vstm/vpush/vpop, vmrs.

import type { ThumbMachine } from "./thumb_sim.ts";
import type { Exec } from "./thumb_sim_alu.ts";
import { undefinedInstr } from "./thumb_sim_decode.ts";

export function decodeVfp(hw1: number, hw2: number, pc: number, text: string): Exec {
  const cp = (hw2 >>> 8) & 15;
  if ((cp & 0xe) !== 0xa || (hw1 & 0x1000)) return undefinedInstr(text, pc);
  const dbl = cp === 11;
  if ((hw1 & 0xf00) === 0xe00) {
    return (hw2 & 0x10) ? transfer(hw1, hw2, pc, text) : dataProc(hw1, hw2, dbl, pc, text);
  }
  if ((hw1 & 0xe00) === 0xc00) return loadStore(hw1, hw2, dbl, pc, text);
  return undefinedInstr(text, pc);
}

/** Register numbers: Sx = Vx:bit, Dx = bit:Vx. Returns the index into `s` or `d`. */
function vreg(v: number, bit: number, dbl: boolean): number {
  return dbl ? (bit << 4) | v : (v << 1) | bit;
}

function transfer(hw1: number, hw2: number, pc: number, text: string): Exec {
  const L = (hw1 & 0x10) !== 0, A = (hw1 >>> 5) & 7, t = hw2 >>> 12;
  if (hw2 & 0x100) { // vmov.32 Dd[x], Rt / Rt, Dd[x]
    if ((A & 6) !== 0 || (hw2 & 0x60) !== 0) return undefinedInstr(text, pc);
    const w = 2 * (((hw2 >>> 3) & 0x10) | (hw1 & 15)) + (A & 1);
    if (L) return (m) => void (m.regs[t] = m.su[w]);
    return (m) => void (m.su[w] = m.regs[t]);
  }
  if (A === 0) {
    const sn = ((hw1 & 15) << 1) | ((hw2 >>> 7) & 1);
    if (L) return (m) => void (m.regs[t] = m.su[sn]);
    return (m) => void (m.su[sn] = m.regs[t]);
  }
  if (A === 7 && (hw1 & 15) === 1) {
    if (!L) return (m) => void (m.fpscr = m.regs[t]);
    if (t !== 15) return (m) => void (m.regs[t] = m.fpscr);
    return (m) => {
      const f = m.fpscr;
      m.n = f >>> 31;
      m.z = (f >>> 30) & 1;
      m.c = (f >>> 29) & 1;
      m.v = (f >>> 28) & 1;
    };
  }
  return undefinedInstr(text, pc);
}

function cmpFlags(a: number, b: number): number {
  if (a !== a || b !== b) return 0x30000000;
  if (a === b) return 0x60000000;
  return a < b ? 0x80000000 : 0x20000000;
}

function roundEven(x: number): number {
  const r = Math.round(x);
  return (r - x === 0.5 && (r & 1) !== 0) ? r - 1 : r;
}

function toInt(x: number, signed: boolean, trunc: boolean): number {
  if (x !== x) return 0;
  const r = trunc ? Math.trunc(x) : roundEven(x);
  if (signed) return r < -2147483648 ? 0x80000000 : r > 2147483647 ? 0x7fffffff : r >>> 0;
  return r < 0 ? 0 : r > 0xffffffff ? 0xffffffff : r;
}

/** VFPExpandImm as the bits of a single; the value is exact in both precisions. */
function expandImm(imm8: number): number {
  const b = (imm8 >>> 6) & 1;
  const bits = ((imm8 >>> 7) << 31) | ((b ^ 1) << 30) | ((b ? 0x1f : 0) << 25) |
    (((imm8 >>> 4) & 3) << 23) | ((imm8 & 15) << 19);
  const f = new Float32Array(new Uint32Array([bits >>> 0]).buffer);
  return f[0];
}

function dataProc(hw1: number, hw2: number, dbl: boolean, pc: number, text: string): Exec {
  const D = (hw1 >>> 6) & 1, N = (hw2 >>> 7) & 1, M = (hw2 >>> 5) & 1;
  const vn = hw1 & 15, vd = hw2 >>> 12, vm = hw2 & 15;
  const d = vreg(vd, D, dbl), n = vreg(vn, N, dbl), mm = vreg(vm, M, dbl);
  const op = (hw2 >>> 6) & 1;
  const opc1 = ((hw1 >>> 5) & 4) | ((hw1 >>> 4) & 3);
  // Each operation works on a Float32Array or Float64Array `r` (storing rounds a single).
  const f = (fn: (r: Float32Array | Float64Array) => void): Exec =>
    dbl ? (m) => fn(m.d) : (m) => fn(m.s);
  const rnd = dbl ? (x: number) => x : Math.fround;
  switch (opc1) {
    case 0:
      return op
        ? f((r) => void (r[d] = r[d] - rnd(r[n] * r[mm])))
        : f((r) => void (r[d] = r[d] + rnd(r[n] * r[mm])));
    case 1: // vnmla (op 1) / vnmls
      return op
        ? f((r) => void (r[d] = -r[d] - rnd(r[n] * r[mm])))
        : f((r) => void (r[d] = -r[d] + rnd(r[n] * r[mm])));
    case 2:
      return op ? f((r) => void (r[d] = -(r[n] * r[mm]))) : f((r) => void (r[d] = r[n] * r[mm]));
    case 3:
      return op ? f((r) => void (r[d] = r[n] - r[mm])) : f((r) => void (r[d] = r[n] + r[mm]));
    case 4:
      return op ? undefinedInstr(text, pc) : f((r) => void (r[d] = r[n] / r[mm]));
    case 5: // vfnma (op 1) / vfnms
      return op
        ? f((r) => void (r[d] = -r[d] - r[n] * r[mm]))
        : f((r) => void (r[d] = -r[d] + r[n] * r[mm]));
    case 6:
      return op
        ? f((r) => void (r[d] = r[d] - r[n] * r[mm]))
        : f((r) => void (r[d] = r[d] + r[n] * r[mm]));
  }
  const opc3 = (hw2 >>> 6) & 3;
  if ((opc3 & 1) === 0) {
    const v = expandImm(((hw1 & 15) << 4) | (hw2 & 15));
    return f((r) => void (r[d] = v));
  }
  const sd = vreg(vd, D, false), sm = vreg(vm, M, false);
  switch (vn) {
    case 0:
      return opc3 === 1 ? f((r) => void (r[d] = r[mm])) : f((r) => void (r[d] = Math.abs(r[mm])));
    case 1:
      return opc3 === 1 ? f((r) => void (r[d] = -r[mm])) : f((r) => void (r[d] = Math.sqrt(r[mm])));
    case 4:
      return dbl
        ? (m) => void (m.fpscr = (m.fpscr & 0x0fffffff) | cmpFlags(m.d[d], m.d[mm]))
        : (m) => void (m.fpscr = (m.fpscr & 0x0fffffff) | cmpFlags(m.s[d], m.s[mm]));
    case 5:
      return dbl
        ? (m) => void (m.fpscr = (m.fpscr & 0x0fffffff) | cmpFlags(m.d[d], 0))
        : (m) => void (m.fpscr = (m.fpscr & 0x0fffffff) | cmpFlags(m.s[d], 0));
    case 7: {
      if (opc3 !== 3) break;
      // vcvt.f64.f32 Dd, Sm / vcvt.f32.f64 Sd, Dm
      if (dbl) {
        const sdd = vreg(vd, D, false);
        return (m) => void (m.s[sdd] = m.d[mm]);
      }
      const dd = vreg(vd, D, true);
      return (m) => void (m.d[dd] = m.s[mm]);
    }
    case 8: { // vcvt.f32/f64.{s32,u32} from Sm
      const signed = (hw2 & 0x80) !== 0;
      if (signed) {
        return dbl ? (m) => void (m.d[d] = m.su[sm] | 0) : (m) => void (m.s[d] = m.su[sm] | 0);
      }
      return dbl ? (m) => void (m.d[d] = m.su[sm]) : (m) => void (m.s[d] = m.su[sm]);
    }
    case 12:
    case 13: { // vcvt{r}.{u32,s32}.f32/f64 Sd, Sm/Dm
      const signed = vn === 13, trunc = (hw2 & 0x80) !== 0;
      return dbl
        ? (m) => void (m.su[sd] = toInt(m.d[mm], signed, trunc))
        : (m) => void (m.su[sd] = toInt(m.s[mm], signed, trunc));
    }
  }
  return undefinedInstr(text, pc);
}

function loadStore(hw1: number, hw2: number, dbl: boolean, pc: number, text: string): Exec {
  const opc = (hw1 >>> 4) & 31, n = hw1 & 15, D = (hw1 >>> 6) & 1, vd = hw2 >>> 12;
  const imm8 = hw2 & 0xff;
  const L = (opc & 1) !== 0;
  if ((opc & 0x1e) === 4) { // vmov between two core registers and a double / two singles
    const t = vd, t2 = hw1 & 15;
    const w = dbl
      ? 2 * ((((hw2 >>> 5) & 1) << 4) | (hw2 & 15))
      : vreg(hw2 & 15, (hw2 >>> 5) & 1, false);
    if (L) {
      return (m) => {
        m.regs[t] = m.su[w];
        m.regs[t2] = m.su[w + 1];
      };
    }
    return (m) => {
      m.su[w] = m.regs[t];
      m.su[w + 1] = m.regs[t2];
    };
  }
  const first = dbl ? 2 * vreg(vd, D, true) : vreg(vd, D, false);
  const pcA = ((pc + 4) & ~3) >>> 0;
  const base = n === 15 ? () => pcA : (m: ThumbMachine) => m.regs[n];
  if ((opc & 0x12) === 0x10) { // vldr / vstr
    const off = imm8 * 4 * ((opc & 8) ? 1 : -1);
    const words = dbl ? 2 : 1;
    return L
      ? (m) => {
        const a = base(m) + off;
        for (let i = 0; i < words; i++) m.su[first + i] = m.read32(a + 4 * i);
      }
      : (m) => {
        const a = base(m) + off;
        for (let i = 0; i < words; i++) m.write32(a + 4 * i, m.su[first + i]);
      };
  }
  const P = (opc & 0x10) !== 0, U = (opc & 8) !== 0, W = (opc & 2) !== 0;
  if (P === U || imm8 === 0 || first + imm8 > 32) return undefinedInstr(text, pc);
  return (m) => {
    const b = m.regs[n];
    const start = U ? b : b - 4 * imm8;
    for (let i = 0; i < imm8; i++) {
      if (L) m.su[first + i] = m.read32(start + 4 * i);
      else m.write32(start + 4 * i, m.su[first + i]);
    }
    if (W) m.regs[n] = U ? b + 4 * imm8 : start;
  };
}
