// Decoder for 32-bit Thumb-2 instructions (ARMv7-M ARM A5.3): data processing, loads/stores,
// branches, multiply/divide. Coprocessor (VFP) encodings go to thumb_sim_vfp.ts.

import type { ThumbMachine } from "./thumb_sim.ts";
import {
  addFlags,
  type Exec,
  hex,
  setNZ,
  shift,
  shiftC,
  signExtend,
  subFlags,
  thumbExpandImm,
} from "./thumb_sim_alu.ts";
import { decodeImmShift } from "./thumb_sim_alu.ts";
import {
  bxWrite,
  condBranch,
  popList,
  pushList,
  undefinedInstr,
  unpredictable,
} from "./thumb_sim_decode.ts";
import { decodeVfp } from "./thumb_sim_vfp.ts";

/** Operand-2 producer: returns the value and leaves its carry-out in `m.sc`. */
type Operand = (m: ThumbMachine) => number;

export function decode32(hw1: number, hw2: number, pc: number, _inIT: boolean): Exec {
  const text = `0x${hex(hw1, 4)} 0x${hex(hw2, 4)}`;
  const op1 = (hw1 >>> 11) & 3;
  const op2 = (hw1 >>> 4) & 0x7f;
  if (op1 === 1) {
    if ((op2 & 0x64) === 0) return ldmStm(hw1, hw2, pc, text);
    if ((op2 & 0x64) === 4) return dualExcl(hw1, hw2, pc, text);
    if ((op2 & 0x60) === 0x20) return dpShifted(hw1, hw2, pc, text);
    return decodeVfp(hw1, hw2, pc, text);
  }
  if (op1 === 2) {
    if (hw2 & 0x8000) return branchMisc(hw1, hw2, pc, text);
    if ((op2 & 0x20) === 0) return dpModImm(hw1, hw2, pc, text);
    return dpPlainImm(hw1, hw2, pc, text);
  }
  if ((op2 & 0x71) === 0 || (op2 & 0x67) === 1 || (op2 & 0x67) === 3 || (op2 & 0x67) === 5) {
    return loadStore(hw1, hw2, pc, text);
  }
  if ((op2 & 0x70) === 0x20) return dpRegister(hw1, hw2, pc, text);
  if ((op2 & 0x78) === 0x30) return multiply(hw1, hw2, pc, text);
  if ((op2 & 0x78) === 0x38) return longMultiply(hw1, hw2, pc, text);
  if (op2 & 0x40) return decodeVfp(hw1, hw2, pc, text);
  return undefinedInstr(text, pc);
}

/** Register fields naming sp or pc, UNPREDICTABLE in the register-only forms (multiply,
 * divide, register shifts, clz/rbit/rev). */
const spOrPc = (...regs: number[]) => regs.some((r) => r === 13 || r === 15);

function regOrPc(n: number, pc: number): Operand {
  if (n === 15) {
    const v = ((pc + 4) & ~3) >>> 0;
    return () => v;
  }
  return (m) => m.regs[n];
}

/** The ALU operations shared by the modified-immediate and shifted-register forms (A5.3.1). */
function aluOp(
  op: number,
  S: boolean,
  n: number,
  d: number,
  b: Operand,
  pc: number,
  text: string,
): Exec {
  const flagsOnly = d === 15 && S;
  const write = (m: ThumbMachine, res: number) => {
    if (flagsOnly) return;
    if (d === 15) m.pc = (res & ~1) >>> 0;
    else m.regs[d] = res;
  };
  const logic = (f: (a: number, b: number) => number): Exec => {
    if (!S) return (m) => write(m, f(m.regs[n], b(m)) >>> 0);
    return (m) => {
      const res = f(m.regs[n], b(m)) >>> 0;
      setNZ(m, res);
      m.c = m.sc;
      write(m, res);
    };
  };
  switch (op) {
    case 0:
      return logic((x, y) => x & y);
    case 1:
      return logic((x, y) => x & ~y);
    case 2:
      if (n === 15) return logic((_x, y) => y);
      return logic((x, y) => x | y);
    case 3:
      if (n === 15) return logic((_x, y) => ~y);
      return logic((x, y) => x | ~y);
    case 4:
      return logic((x, y) => x ^ y);
    case 8:
      if (S) return (m) => write(m, addFlags(m, m.regs[n], b(m), 0));
      return (m) => write(m, (m.regs[n] + b(m)) >>> 0);
    case 10:
      if (S) return (m) => write(m, addFlags(m, m.regs[n], b(m), m.c));
      return (m) => write(m, (m.regs[n] + b(m) + m.c) >>> 0);
    case 11:
      if (S) return (m) => write(m, addFlags(m, m.regs[n], ~b(m) >>> 0, m.c));
      return (m) => write(m, (m.regs[n] + (~b(m) >>> 0) + m.c) >>> 0);
    case 13:
      if (S) return (m) => write(m, subFlags(m, m.regs[n], b(m)));
      return (m) => write(m, (m.regs[n] - b(m)) >>> 0);
    case 14:
      if (S) return (m) => write(m, subFlags(m, b(m), m.regs[n]));
      return (m) => write(m, (b(m) - m.regs[n]) >>> 0);
    default:
      return undefinedInstr(text, pc);
  }
}

function dpModImm(hw1: number, hw2: number, pc: number, text: string): Exec {
  const imm12 = ((hw1 >>> 10) & 1) << 11 | ((hw2 >>> 12) & 7) << 8 | (hw2 & 0xff);
  const [v, c] = thumbExpandImm(imm12);
  const b: Operand = c < 0
    ? (m) => {
      m.sc = m.c;
      return v;
    }
    : (m) => {
      m.sc = c;
      return v;
    };
  return aluOp((hw1 >>> 5) & 15, (hw1 & 0x10) !== 0, hw1 & 15, (hw2 >>> 8) & 15, b, pc, text);
}

function dpShifted(hw1: number, hw2: number, pc: number, text: string): Exec {
  const imm5 = ((hw2 >>> 12) & 7) << 2 | ((hw2 >>> 6) & 3);
  const [type, amt] = decodeImmShift((hw2 >>> 4) & 3, imm5);
  const rm = hw2 & 15;
  const b: Operand = (m) => shiftC(m, m.regs[rm], type, amt, m.c);
  return aluOp((hw1 >>> 5) & 15, (hw1 & 0x10) !== 0, hw1 & 15, (hw2 >>> 8) & 15, b, pc, text);
}

function dpPlainImm(hw1: number, hw2: number, pc: number, text: string): Exec {
  const n = hw1 & 15, d = (hw2 >>> 8) & 15;
  const imm12 = ((hw1 >>> 10) & 1) << 11 | ((hw2 >>> 12) & 7) << 8 | (hw2 & 0xff);
  const lsb = ((hw2 >>> 12) & 7) << 2 | ((hw2 >>> 6) & 3);
  const w = (hw2 & 31) + 1;
  const pcA = ((pc + 4) & ~3) >>> 0;
  switch ((hw1 >>> 4) & 31) {
    case 0:
      if (n === 15) return (m) => void (m.regs[d] = pcA + imm12);
      return (m) => void (m.regs[d] = m.regs[n] + imm12);
    case 10:
      if (n === 15) return (m) => void (m.regs[d] = pcA - imm12);
      return (m) => void (m.regs[d] = m.regs[n] - imm12);
    case 4: {
      const imm16 = (n << 12) | imm12;
      return (m) => void (m.regs[d] = imm16);
    }
    case 12: {
      const hi = ((n << 12) | imm12) << 16;
      return (m) => void (m.regs[d] = (m.regs[d] & 0xffff) | hi);
    }
    case 20: // sbfx
      return (m) => void (m.regs[d] = signExtend(m.regs[n] >>> lsb, w));
    case 28: // ubfx
      return (m) => void (m.regs[d] = w === 32 ? m.regs[n] : (m.regs[n] >>> lsb) & ((1 << w) - 1));
    case 22: { // bfi / bfc
      const msb = hw2 & 31;
      const width = msb - lsb + 1;
      if (width <= 0) return undefinedInstr(text, pc);
      const mask = (width === 32 ? 0xffffffff : ((1 << width) - 1) << lsb) >>> 0;
      if (n === 15) return (m) => void (m.regs[d] &= ~mask);
      return (m) => void (m.regs[d] = (m.regs[d] & ~mask) | ((m.regs[n] << lsb) & mask));
    }
    case 24:
    case 26: { // usat
      const sat = hw2 & 31, [type, amt] = decodeImmShift((hw1 >>> 4) & 2, lsb);
      const max = 2 ** sat - 1;
      return (m) => {
        const v = shift(m.regs[n], type, amt, m.c) | 0;
        m.regs[d] = v < 0 ? 0 : v > max ? max : v;
      };
    }
    case 16:
    case 18: { // ssat
      const sat = (hw2 & 31) + 1, [type, amt] = decodeImmShift((hw1 >>> 4) & 2, lsb);
      const max = 2 ** (sat - 1) - 1, min = -(2 ** (sat - 1));
      return (m) => {
        const v = shift(m.regs[n], type, amt, m.c) | 0;
        m.regs[d] = v < min ? min : v > max ? max : v;
      };
    }
    default:
      return undefinedInstr(text, pc);
  }
}

function branchMisc(hw1: number, hw2: number, pc: number, text: string): Exec {
  const op1 = (hw2 >>> 12) & 7;
  const op = (hw1 >>> 4) & 0x7f;
  const S = (hw1 >>> 10) & 1, J1 = (hw2 >>> 13) & 1, J2 = (hw2 >>> 11) & 1;
  if ((op1 & 5) === 0) {
    if ((op & 0x38) !== 0x38) {
      const off = signExtend(
        (S << 20) | (J2 << 19) | (J1 << 18) | ((hw1 & 63) << 12) | ((hw2 & 0x7ff) << 1),
        21,
      );
      return condBranch((hw1 >>> 6) & 15, (pc + 4 + off) >>> 0);
    }
    if (op === 0x3a || op === 0x3b) return () => {}; // hints (nop.w, wfi.w), dsb/dmb/isb
    if ((op & 0x7e) === 0x38) { // msr
      const n = hw1 & 15, sysm = hw2 & 0xff;
      if (sysm > 3) return () => {};
      return (m) => {
        const v = m.regs[n];
        m.n = v >>> 31;
        m.z = (v >>> 30) & 1;
        m.c = (v >>> 29) & 1;
        m.v = (v >>> 28) & 1;
      };
    }
    if ((op & 0x7e) === 0x3e) { // mrs
      const d = (hw2 >>> 8) & 15, sysm = hw2 & 0xff;
      if (sysm > 3) return (m) => void (m.regs[d] = 0);
      return (m) => void (m.regs[d] = (m.n << 31) | (m.z << 30) | (m.c << 29) | (m.v << 28));
    }
    return undefinedInstr(text, pc);
  }
  if (op1 === 2) return undefinedInstr(`${text} (udf.w)`, pc);
  const I1 = (~(J1 ^ S)) & 1, I2 = (~(J2 ^ S)) & 1;
  const off = signExtend(
    (S << 24) | (I1 << 23) | (I2 << 22) | ((hw1 & 0x3ff) << 12) | ((hw2 & 0x7ff) << 1),
    25,
  );
  const target = (pc + 4 + off) >>> 0;
  if (op1 & 4) {
    if (!(op1 & 1)) return undefinedInstr(`${text} (blx imm)`, pc);
    const ret = (pc + 4) | 1;
    return (m) => {
      m.regs[14] = ret;
      m.pc = target;
    };
  }
  return (m) => void (m.pc = target);
}

/** Why an LDM/STM (T2) register list is UNPREDICTABLE (ARMv7-M ARM A7.7.40, A7.7.158), or "". */
function ldmStmProblem(list: number, n: number, W: boolean, L: boolean): string {
  let count = 0;
  for (let l = list; l !== 0; l &= l - 1) count++;
  if (n === 15) return "pc as the base";
  if (count < 2) return "fewer than two registers: use the 16-bit push/pop or ldr/str";
  if (list & 0x2000) return "sp in the list";
  if (!L && list & 0x8000) return "pc in a store list";
  if ((list & 0xc000) === 0xc000) return "both lr and pc in the list";
  if (W && list & (1 << n)) return "writeback to a base in the list";
  return "";
}

function ldmStm(hw1: number, hw2: number, pc: number, text: string): Exec {
  const op = (hw1 >>> 7) & 3, W = (hw1 & 0x20) !== 0, L = (hw1 & 0x10) !== 0, n = hw1 & 15;
  const list = hw2;
  const problem = op === 1 || op === 2 ? ldmStmProblem(list, n, W, L) : "";
  if (problem) return unpredictable(text, pc, problem);
  if (op === 1) {
    if (L) return (m) => popList(m, list, pc, n, W);
    return (m) => {
      let addr = m.regs[n];
      for (let i = 0; i < 15; i++) {
        if (list & (1 << i)) {
          m.write32(addr, m.regs[i]);
          addr += 4;
        }
      }
      if (W) m.regs[n] = addr;
    };
  }
  if (op === 2) {
    let count = 0;
    for (let l = list; l !== 0; l &= l - 1) count++;
    if (!L && W) return (m) => pushList(m, list, n);
    return (m) => {
      const start = (m.regs[n] - 4 * count) >>> 0;
      if (L) {
        const save = m.regs[n];
        m.regs[n] = start;
        popList(m, list, pc, n, false);
        if (W && !(list & (1 << n))) m.regs[n] = start;
        else if (!(list & (1 << n))) m.regs[n] = save;
      } else {
        let addr = start;
        for (let i = 0; i < 15; i++) {
          if (list & (1 << i)) {
            m.write32(addr, m.regs[i]);
            addr += 4;
          }
        }
      }
    };
  }
  return undefinedInstr(text, pc);
}

function dualExcl(hw1: number, hw2: number, pc: number, text: string): Exec {
  const o1 = (hw1 >>> 7) & 3, o2 = (hw1 >>> 4) & 3, n = hw1 & 15;
  const t = hw2 >>> 12, t2 = (hw2 >>> 8) & 15;
  if ((o1 & 2) || (o2 & 2)) {
    const P = (hw1 & 0x100) !== 0, U = (hw1 & 0x80) !== 0, W = (hw1 & 0x20) !== 0;
    const L = (hw1 & 0x10) !== 0;
    const off = (hw2 & 0xff) * 4 * (U ? 1 : -1);
    const base = regOrPc(n, pc);
    return (m) => {
      const b = base(m);
      const addr = (P ? b + off : b) >>> 0;
      if (L) {
        m.regs[t] = m.read32(addr);
        m.regs[t2] = m.read32(addr + 4);
      } else {
        m.write32(addr, m.regs[t]);
        m.write32(addr + 4, m.regs[t2]);
      }
      if (W) m.regs[n] = b + off;
    };
  }
  if (o1 === 0) { // ldrex/strex: single core, the store always succeeds
    const off = (hw2 & 0xff) * 4;
    if (o2 === 1) return (m) => void (m.regs[t] = m.read32(m.regs[n] + off));
    return (m) => {
      m.write32(m.regs[n] + off, m.regs[t]);
      m.regs[t2] = 0;
    };
  }
  const op3 = (hw2 >>> 4) & 15, rm = hw2 & 15;
  if (o1 === 1 && o2 === 1 && (op3 === 0 || op3 === 1)) {
    const base = n === 15 ? () => pc + 4 : (m: ThumbMachine) => m.regs[n];
    const pc4 = pc + 4;
    if (op3 === 0) return (m) => void (m.pc = pc4 + 2 * m.read8(base(m) + m.regs[rm]));
    return (m) => void (m.pc = pc4 + 2 * m.read16(base(m) + 2 * m.regs[rm]));
  }
  return undefinedInstr(text, pc);
}

function loadStore(hw1: number, hw2: number, pc: number, text: string): Exec {
  const sign = (hw1 & 0x100) !== 0, size = (hw1 >>> 5) & 3, L = (hw1 & 0x10) !== 0;
  const n = hw1 & 15, t = hw2 >>> 12;
  if (size === 3 || (sign && (!L || size === 2))) return undefinedInstr(text, pc);
  let addrOf: (m: ThumbMachine) => number;
  let wb: ((m: ThumbMachine) => void) | undefined;
  if (n === 15) {
    if (!L) return undefinedInstr(text, pc);
    const a = (((pc + 4) & ~3) + (hw1 & 0x80 ? 1 : -1) * (hw2 & 0xfff)) >>> 0;
    addrOf = () => a;
  } else if (hw1 & 0x80) {
    const off = hw2 & 0xfff;
    addrOf = (m) => m.regs[n] + off;
  } else if (hw2 & 0x800) {
    const P = (hw2 & 0x400) !== 0, U = (hw2 & 0x200) !== 0, W = (hw2 & 0x100) !== 0;
    const off = (hw2 & 0xff) * (U ? 1 : -1);
    addrOf = P ? (m) => m.regs[n] + off : (m) => m.regs[n];
    if (W) wb = (m) => void (m.regs[n] = m.regs[n] + off);
  } else if ((hw2 & 0xfc0) === 0) {
    const rm = hw2 & 15, sh = (hw2 >>> 4) & 3;
    addrOf = (m) => m.regs[n] + (m.regs[rm] << sh >>> 0);
  } else {
    return undefinedInstr(text, pc);
  }
  if (L && t === 15 && size !== 2) return () => {}; // pld / hints
  let body: Exec;
  if (!L) {
    body = size === 0
      ? (m) => m.write8(addrOf(m), m.regs[t])
      : size === 1
      ? (m) => m.write16(addrOf(m), m.regs[t])
      : (m) => m.write32(addrOf(m), m.regs[t]);
  } else if (size === 2) {
    body = t === 15
      ? (m) => bxWrite(m, m.read32(addrOf(m)), pc)
      : (m) => void (m.regs[t] = m.read32(addrOf(m)));
  } else if (size === 1) {
    body = sign
      ? (m) => void (m.regs[t] = (m.read16(addrOf(m)) << 16) >> 16)
      : (m) => void (m.regs[t] = m.read16(addrOf(m)));
  } else {
    body = sign
      ? (m) => void (m.regs[t] = (m.read8(addrOf(m)) << 24) >> 24)
      : (m) => void (m.regs[t] = m.read8(addrOf(m)));
  }
  if (!wb) return body;
  if (L && size === 2 && t !== 15 && t !== n && (hw2 & 0xd00) === 0x900) {
    const off = (hw2 & 0xff) * ((hw2 & 0x200) ? 1 : -1); // post-indexed word load
    return (m) => {
      const a = m.regs[n];
      m.regs[t] = m.read32(a);
      m.regs[n] = a + off;
    };
  }
  const w = wb;
  return (m) => {
    body(m);
    w(m);
  };
}

function dpRegister(hw1: number, hw2: number, pc: number, text: string): Exec {
  const n = hw1 & 15, d = (hw2 >>> 8) & 15, rm = hw2 & 15;
  const o1 = (hw1 >>> 4) & 15, o2 = (hw2 >>> 4) & 15;
  // n is 15 in the extend forms (no add) and a copy of rm in rev/rbit/clz.
  const nUsed = !(o1 < 6 && (o2 & 8)) || n !== 15;
  if (spOrPc(d, rm) || (nUsed && spOrPc(n))) return unpredictable(text, pc, "sp or pc operand");
  if ((o1 & 0xc) === 8 && (o2 & 0xc) === 8 && n !== rm) {
    return unpredictable(text, pc, "the two Rm fields differ");
  }
  if ((o1 & 8) === 0 && o2 === 0) { // lsl/lsr/asr/ror (register)
    const type = (hw1 >>> 5) & 3, S = (hw1 & 0x10) !== 0;
    return (m) => {
      const res = shiftC(m, m.regs[n], type, m.regs[rm] & 0xff, m.c);
      m.regs[d] = res;
      if (S) {
        setNZ(m, res);
        m.c = m.sc;
      }
    };
  }
  if (o1 < 6 && (o2 & 8)) {
    const rot = (o2 & 3) * 8;
    const ror = (m: ThumbMachine) =>
      rot === 0 ? m.regs[rm] : (m.regs[rm] >>> rot) | (m.regs[rm] << (32 - rot));
    const add = n === 15 ? () => 0 : (m: ThumbMachine) => m.regs[n];
    switch (o1) {
      case 0:
        return (m) => void (m.regs[d] = add(m) + ((ror(m) << 16) >> 16));
      case 1:
        return (m) => void (m.regs[d] = add(m) + (ror(m) & 0xffff));
      case 4:
        return (m) => void (m.regs[d] = add(m) + ((ror(m) << 24) >> 24));
      case 5:
        return (m) => void (m.regs[d] = add(m) + (ror(m) & 0xff));
    }
    return undefinedInstr(text, pc);
  }
  if ((o1 & 0xc) === 8 && (o2 & 0xc) === 8) {
    switch (((o1 & 3) << 2) | (o2 & 3)) {
      case 4: // rev
        return (m) => {
          const v = m.regs[rm];
          m.regs[d] = (v << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24);
        };
      case 5: // rev16
        return (m) => {
          const v = m.regs[rm];
          m.regs[d] = ((v & 0x00ff00ff) << 8) | ((v >>> 8) & 0x00ff00ff);
        };
      case 6: // rbit
        return (m) => {
          let v = m.regs[rm];
          v = ((v >>> 1) & 0x55555555) | ((v & 0x55555555) << 1);
          v = ((v >>> 2) & 0x33333333) | ((v & 0x33333333) << 2);
          v = ((v >>> 4) & 0x0f0f0f0f) | ((v & 0x0f0f0f0f) << 4);
          v = ((v >>> 8) & 0x00ff00ff) | ((v & 0x00ff00ff) << 8);
          m.regs[d] = (v >>> 16) | (v << 16);
        };
      case 7: // revsh
        return (m) => {
          const v = m.regs[rm];
          m.regs[d] = (((v & 0xff) << 24) >> 16) | ((v >>> 8) & 0xff);
        };
      case 12: // clz
        return (m) => void (m.regs[d] = Math.clz32(m.regs[rm]));
    }
  }
  return undefinedInstr(text, pc);
}

function multiply(hw1: number, hw2: number, pc: number, text: string): Exec {
  const n = hw1 & 15, d = (hw2 >>> 8) & 15, a = hw2 >>> 12, rm = hw2 & 15;
  if (spOrPc(d, n, rm) || a === 13) return unpredictable(text, pc, "sp or pc operand");
  if (((hw1 >>> 4) & 7) === 0) {
    switch ((hw2 >>> 4) & 3) {
      case 0:
        if (a === 15) return (m) => void (m.regs[d] = Math.imul(m.regs[n], m.regs[rm]));
        return (m) => void (m.regs[d] = Math.imul(m.regs[n], m.regs[rm]) + m.regs[a]);
      case 1:
        return (m) => void (m.regs[d] = m.regs[a] - Math.imul(m.regs[n], m.regs[rm]));
    }
  }
  return undefinedInstr(text, pc);
}

function longMultiply(hw1: number, hw2: number, pc: number, text: string): Exec {
  const n = hw1 & 15, lo = hw2 >>> 12, hi = (hw2 >>> 8) & 15, rm = hw2 & 15;
  const op1 = (hw1 >>> 4) & 7, op2 = (hw2 >>> 4) & 15;
  if (spOrPc(n, hi, rm) || (op2 !== 15 && (spOrPc(lo) || lo === hi))) {
    return unpredictable(text, pc, "sp or pc operand, or the same register for both halves");
  }
  const setPair = (m: ThumbMachine, v: bigint) => {
    m.regs[lo] = Number(BigInt.asUintN(32, v));
    m.regs[hi] = Number(BigInt.asUintN(32, v >> 32n));
  };
  const pair = (m: ThumbMachine) => (BigInt(m.regs[hi]) << 32n) | BigInt(m.regs[lo]);
  const s = (m: ThumbMachine, i: number) => BigInt(m.regs[i] | 0);
  const u = (m: ThumbMachine, i: number) => BigInt(m.regs[i]);
  if (op2 === 15 && op1 === 1) {
    return (m) => {
      const den = m.regs[rm] | 0;
      m.regs[hi] = den === 0 ? 0 : Math.trunc((m.regs[n] | 0) / den);
    };
  }
  if (op2 === 15 && op1 === 3) {
    return (m) => {
      const den = m.regs[rm];
      m.regs[hi] = den === 0 ? 0 : Math.trunc(m.regs[n] / den);
    };
  }
  if (op2 === 0) {
    switch (op1) {
      case 0:
        return (m) => setPair(m, s(m, n) * s(m, rm));
      case 2:
        return (m) => setPair(m, u(m, n) * u(m, rm));
      case 4:
        return (m) => setPair(m, pair(m) + s(m, n) * s(m, rm));
      case 6:
        return (m) => setPair(m, pair(m) + u(m, n) * u(m, rm));
    }
  }
  return undefinedInstr(text, pc);
}
