// Decoder for 16-bit Thumb instructions (ARMv7-M ARM A5.2) and the entry point that also
// dispatches 32-bit ones. Each instruction becomes a closure with its fields (and any PC-relative
// value) resolved at decode time.

import type { ThumbMachine } from "./thumb_sim.ts";
import {
  addFlags,
  condPassed,
  type Decoded,
  decodeImmShift,
  type Exec,
  setNZ,
  shiftC,
  signExtend,
  SRTYPE_ASR,
  SRTYPE_LSL,
  SRTYPE_LSR,
  SRTYPE_ROR,
  subFlags,
  ThumbFault,
} from "./thumb_sim_alu.ts";
import { decode32 } from "./thumb_sim_decode32.ts";

/** Decode the instruction at `pc`; `inIT` when it executes inside an IT block. */
export function decodeAt(m: ThumbMachine, pc: number, inIT: boolean): Decoded {
  const hw = m.fetch16(pc);
  if ((hw >>> 11) >= 0x1d) {
    const hw2 = m.fetch16(pc + 2);
    return { fn: decode32(hw, hw2, pc, inIT), size: 4 };
  }
  return { fn: decode16(hw, pc, inIT), size: 2 };
}

export function undefinedInstr(text: string, pc: number): Exec {
  return () => {
    throw new ThumbFault(`undefined or unsupported instruction ${text}`, pc);
  };
}

/** An encoding the ARM ARM calls UNPREDICTABLE: cores differ on it (a Cortex-M3 faults or hangs
 * on a single-register STMDB), so the emulator faults instead of picking one behaviour. */
export function unpredictable(text: string, pc: number, why: string): Exec {
  return () => {
    throw new ThumbFault(`UNPREDICTABLE instruction ${text} (${why})`, pc);
  };
}

/** BXWritePC: interworking branch; Thumb state (bit 0 set) is required on M-profile. */
export function bxWrite(m: ThumbMachine, v: number, pc: number): void {
  if ((v & 1) === 0) {
    throw new ThumbFault(`branch to 0x${(v >>> 0).toString(16)} without the Thumb bit`, pc);
  }
  m.pc = (v & ~1) >>> 0;
}

/** PUSH/STMDB SP!: `list` is a 16-bit register mask. */
export function pushList(m: ThumbMachine, list: number, base = 13): void {
  const r = m.regs;
  let count = 0;
  for (let l = list; l !== 0; l &= l - 1) count++;
  let addr = (r[base] - 4 * count) >>> 0;
  r[base] = addr;
  for (let i = 0; i < 16; i++) {
    if (list & (1 << i)) {
      m.write32(addr, r[i]);
      addr += 4;
    }
  }
}

/** LDMIA (POP when base is sp): returns nothing; a load of pc branches. */
export function popList(m: ThumbMachine, list: number, pc: number, base = 13, wback = true) {
  const r = m.regs;
  let addr = r[base];
  let newPc = -1;
  for (let i = 0; i < 16; i++) {
    if (list & (1 << i)) {
      const v = m.read32(addr);
      addr += 4;
      if (i === 15) newPc = v;
      else r[i] = v;
    }
  }
  if (wback && !(list & (1 << base))) r[base] = addr;
  if (newPc !== -1) bxWrite(m, newPc, pc);
}

function decode16(hw: number, pc: number, inIT: boolean): Exec {
  const S = !inIT;
  const pc4 = pc + 4;
  const text = `0x${hw.toString(16).padStart(4, "0")}`;
  switch (hw >>> 12) {
    case 0:
    case 1: {
      const op = (hw >>> 11) & 3;
      const d = hw & 7, n = (hw >>> 3) & 7, x = (hw >>> 6) & 7;
      if (op === 3) {
        const imm = (hw & 0x400) !== 0, sub = (hw & 0x200) !== 0;
        if (imm) {
          if (sub) {
            return S
              ? (m) => {
                m.regs[d] = subFlags(m, m.regs[n], x);
              }
              : (m) => {
                m.regs[d] = m.regs[n] - x;
              };
          }
          return S
            ? (m) => {
              m.regs[d] = addFlags(m, m.regs[n], x, 0);
            }
            : (m) => {
              m.regs[d] = m.regs[n] + x;
            };
        }
        if (sub) {
          return S
            ? (m) => {
              m.regs[d] = subFlags(m, m.regs[n], m.regs[x]);
            }
            : (m) => {
              m.regs[d] = m.regs[n] - m.regs[x];
            };
        }
        return S
          ? (m) => {
            m.regs[d] = addFlags(m, m.regs[n], m.regs[x], 0);
          }
          : (m) => {
            m.regs[d] = m.regs[n] + m.regs[x];
          };
      }
      const [type, amt] = decodeImmShift(op, (hw >>> 6) & 31);
      return (m) => {
        const res = shiftC(m, m.regs[n], type, amt, m.c);
        m.regs[d] = res;
        if (S) {
          setNZ(m, res);
          m.c = m.sc;
        }
      };
    }
    case 2:
    case 3: {
      const dn = (hw >>> 8) & 7, imm = hw & 0xff;
      switch ((hw >>> 11) & 3) {
        case 0:
          return S
            ? (m) => {
              m.regs[dn] = imm;
              m.n = 0;
              m.z = imm === 0 ? 1 : 0;
            }
            : (m) => {
              m.regs[dn] = imm;
            };
        case 1:
          return (m) => {
            subFlags(m, m.regs[dn], imm);
          };
        case 2:
          return S
            ? (m) => {
              m.regs[dn] = addFlags(m, m.regs[dn], imm, 0);
            }
            : (m) => {
              m.regs[dn] = m.regs[dn] + imm;
            };
        default:
          return S
            ? (m) => {
              m.regs[dn] = subFlags(m, m.regs[dn], imm);
            }
            : (m) => {
              m.regs[dn] = m.regs[dn] - imm;
            };
      }
    }
    case 4:
      if ((hw & 0xfc00) === 0x4000) return dataProc16(hw, S);
      if ((hw & 0xfc00) === 0x4400) return special16(hw, pc);
      {
        const t = (hw >>> 8) & 7, addr = ((pc4 & ~3) + (hw & 0xff) * 4) >>> 0;
        return (m) => {
          m.regs[t] = m.read32(addr);
        };
      }
    case 5: {
      const t = hw & 7, n = (hw >>> 3) & 7, x = (hw >>> 6) & 7;
      switch ((hw >>> 9) & 7) {
        case 0:
          return (m) => m.write32((m.regs[n] + m.regs[x]) >>> 0, m.regs[t]);
        case 1:
          return (m) => m.write16((m.regs[n] + m.regs[x]) >>> 0, m.regs[t]);
        case 2:
          return (m) => m.write8((m.regs[n] + m.regs[x]) >>> 0, m.regs[t]);
        case 3:
          return (m) => {
            m.regs[t] = (m.read8((m.regs[n] + m.regs[x]) >>> 0) << 24) >> 24;
          };
        case 4:
          return (m) => {
            m.regs[t] = m.read32((m.regs[n] + m.regs[x]) >>> 0);
          };
        case 5:
          return (m) => {
            m.regs[t] = m.read16((m.regs[n] + m.regs[x]) >>> 0);
          };
        case 6:
          return (m) => {
            m.regs[t] = m.read8((m.regs[n] + m.regs[x]) >>> 0);
          };
        default:
          return (m) => {
            m.regs[t] = (m.read16((m.regs[n] + m.regs[x]) >>> 0) << 16) >> 16;
          };
      }
    }
    case 6:
    case 7:
    case 8: {
      const t = hw & 7, n = (hw >>> 3) & 7, imm5 = (hw >>> 6) & 31, load = (hw & 0x800) !== 0;
      const kind = hw >>> 12 === 8 ? 2 : (hw & 0x1000) ? 1 : 4;
      const off = imm5 * kind;
      if (kind === 4) {
        return load
          ? (m) => {
            m.regs[t] = m.read32(m.regs[n] + off);
          }
          : (m) => m.write32(m.regs[n] + off, m.regs[t]);
      }
      if (kind === 1) {
        return load
          ? (m) => {
            m.regs[t] = m.read8(m.regs[n] + off);
          }
          : (m) => m.write8(m.regs[n] + off, m.regs[t]);
      }
      return load
        ? (m) => {
          m.regs[t] = m.read16(m.regs[n] + off);
        }
        : (m) => m.write16(m.regs[n] + off, m.regs[t]);
    }
    case 9: {
      const t = (hw >>> 8) & 7, off = (hw & 0xff) * 4;
      return (hw & 0x800)
        ? (m) => {
          m.regs[t] = m.read32(m.regs[13] + off);
        }
        : (m) => m.write32(m.regs[13] + off, m.regs[t]);
    }
    case 10: {
      const d = (hw >>> 8) & 7, off = (hw & 0xff) * 4;
      if (hw & 0x800) {
        return (m) => {
          m.regs[d] = m.regs[13] + off;
        };
      }
      const v = ((pc4 & ~3) + off) >>> 0;
      return (m) => {
        m.regs[d] = v;
      };
    }
    case 11:
      return misc16(hw, pc, text);
    case 12: {
      const n = (hw >>> 8) & 7, list = hw & 0xff;
      if (list === 0) return unpredictable(text, pc, "empty register list");
      if (hw & 0x800) return (m) => popList(m, list, pc, n, true);
      return (m) => {
        const r = m.regs;
        let addr = r[n];
        for (let i = 0; i < 8; i++) {
          if (list & (1 << i)) {
            m.write32(addr, r[i]);
            addr += 4;
          }
        }
        r[n] = addr;
      };
    }
    case 13: {
      const cond = (hw >>> 8) & 15;
      if (cond === 14) return undefinedInstr(`${text} (udf)`, pc);
      if (cond === 15) return undefinedInstr(`${text} (svc)`, pc);
      const target = (pc4 + signExtend(hw & 0xff, 8) * 2) >>> 0;
      return condBranch(cond, target);
    }
    case 14: {
      if (hw & 0x800) return undefinedInstr(text, pc);
      const target = (pc4 + signExtend(hw & 0x7ff, 11) * 2) >>> 0;
      return (m) => {
        m.pc = target;
      };
    }
    default:
      return undefinedInstr(text, pc);
  }
}

/** A conditional branch, specialised for the common conditions of loops. */
export function condBranch(cond: number, target: number): Exec {
  switch (cond) {
    case 0:
      return (m) => {
        if (m.z === 1) m.pc = target;
      };
    case 1:
      return (m) => {
        if (m.z === 0) m.pc = target;
      };
    case 14:
      return (m) => {
        m.pc = target;
      };
    default:
      return (m) => {
        if (condPassed(m, cond)) m.pc = target;
      };
  }
}

function dataProc16(hw: number, S: boolean): Exec {
  const dn = hw & 7, x = (hw >>> 3) & 7;
  const shiftOp = (type: number): Exec => (m) => {
    const res = shiftC(m, m.regs[dn], type, m.regs[x] & 0xff, m.c);
    m.regs[dn] = res;
    if (S) {
      setNZ(m, res);
      m.c = m.sc;
    }
  };
  const logic = (f: (a: number, b: number) => number): Exec => (m) => {
    const res = f(m.regs[dn], m.regs[x]) >>> 0;
    m.regs[dn] = res;
    if (S) setNZ(m, res);
  };
  switch ((hw >>> 6) & 15) {
    case 0:
      return logic((a, b) => a & b);
    case 1:
      return logic((a, b) => a ^ b);
    case 2:
      return shiftOp(SRTYPE_LSL);
    case 3:
      return shiftOp(SRTYPE_LSR);
    case 4:
      return shiftOp(SRTYPE_ASR);
    case 5:
      return (m) => {
        const r = m.regs;
        if (S) r[dn] = addFlags(m, r[dn], r[x], m.c);
        else r[dn] = r[dn] + r[x] + m.c;
      };
    case 6:
      return (m) => {
        const r = m.regs;
        if (S) r[dn] = addFlags(m, r[dn], ~r[x] >>> 0, m.c);
        else r[dn] = r[dn] + (~r[x] >>> 0) + m.c;
      };
    case 7:
      return shiftOp(SRTYPE_ROR);
    case 8:
      return (m) => setNZ(m, (m.regs[dn] & m.regs[x]) >>> 0);
    case 9:
      return (m) => {
        if (S) m.regs[dn] = subFlags(m, 0, m.regs[x]);
        else m.regs[dn] = -m.regs[x];
      };
    case 10:
      return (m) => {
        subFlags(m, m.regs[dn], m.regs[x]);
      };
    case 11:
      return (m) => {
        addFlags(m, m.regs[dn], m.regs[x], 0);
      };
    case 12:
      return logic((a, b) => a | b);
    case 13:
      return logic((a, b) => Math.imul(a, b));
    case 14:
      return logic((a, b) => a & ~b);
    default:
      return logic((_a, b) => ~b);
  }
}

function special16(hw: number, pc: number): Exec {
  const x = (hw >>> 3) & 15;
  const dn = ((hw >>> 4) & 8) | (hw & 7);
  const pcVal = pc + 4;
  const rd = (m: ThumbMachine, i: number) => (i === 15 ? pcVal : m.regs[i]);
  switch ((hw >>> 8) & 3) {
    case 0:
      if (dn === 15) {
        return (m) => {
          m.pc = ((pcVal + rd(m, x)) & ~1) >>> 0;
        };
      }
      if (x !== 15 && dn !== 15) {
        return (m) => {
          m.regs[dn] = m.regs[dn] + m.regs[x];
        };
      }
      return (m) => {
        m.regs[dn] = rd(m, dn) + rd(m, x);
      };
    case 1:
      if (x !== 15 && dn !== 15) return (m) => void subFlags(m, m.regs[dn], m.regs[x]);
      return (m) => {
        subFlags(m, rd(m, dn), rd(m, x));
      };
    case 2:
      if (dn === 15) {
        return (m) => {
          m.pc = (rd(m, x) & ~1) >>> 0;
        };
      }
      if (x === 15) {
        return (m) => {
          m.regs[dn] = pcVal;
        };
      }
      return (m) => {
        m.regs[dn] = m.regs[x];
      };
    default:
      if (hw & 0x80) {
        const ret = (pc + 2) | 1;
        return (m) => {
          const t = m.regs[x];
          m.regs[14] = ret;
          bxWrite(m, t, pc);
        };
      }
      return (m) => bxWrite(m, rd(m, x), pc);
  }
}

function misc16(hw: number, pc: number, text: string): Exec {
  const d = hw & 7, x = (hw >>> 3) & 7;
  if ((hw & 0xff00) === 0xb000) {
    const imm = (hw & 0x7f) * 4;
    return (hw & 0x80)
      ? (m) => {
        m.regs[13] -= imm;
      }
      : (m) => {
        m.regs[13] += imm;
      };
  }
  if ((hw & 0xf500) === 0xb100) {
    const nonzero = (hw & 0x800) !== 0;
    const target = pc + 4 + ((((hw >>> 9) & 1) << 6) | (((hw >>> 3) & 31) << 1));
    return nonzero
      ? (m) => {
        if (m.regs[d] !== 0) m.pc = target;
      }
      : (m) => {
        if (m.regs[d] === 0) m.pc = target;
      };
  }
  switch (hw & 0xffc0) {
    case 0xb200:
      return (m) => {
        m.regs[d] = (m.regs[x] << 16) >> 16;
      };
    case 0xb240:
      return (m) => {
        m.regs[d] = (m.regs[x] << 24) >> 24;
      };
    case 0xb280:
      return (m) => {
        m.regs[d] = m.regs[x] & 0xffff;
      };
    case 0xb2c0:
      return (m) => {
        m.regs[d] = m.regs[x] & 0xff;
      };
    case 0xba00:
      return (m) => {
        const v = m.regs[x];
        m.regs[d] = (v << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24);
      };
    case 0xba40:
      return (m) => {
        const v = m.regs[x];
        m.regs[d] = ((v & 0x00ff00ff) << 8) | ((v >>> 8) & 0x00ff00ff);
      };
    case 0xbac0:
      return (m) => {
        const v = m.regs[x];
        m.regs[d] = (((v & 0xff) << 24) >> 16) | ((v >>> 8) & 0xff);
      };
  }
  if ((hw & 0xfe00) === 0xb400) {
    const list = (hw & 0xff) | ((hw & 0x100) << 6);
    if (list === 0) return unpredictable(text, pc, "empty register list");
    return (m) => pushList(m, list);
  }
  if ((hw & 0xfe00) === 0xbc00) {
    const list = (hw & 0xff) | ((hw & 0x100) << 7);
    if (list === 0) return unpredictable(text, pc, "empty register list");
    return (m) => popList(m, list, pc);
  }
  if ((hw & 0xffe8) === 0xb660) return () => {}; // cpsid/cpsie: no interrupts here
  if ((hw & 0xff00) === 0xbe00) return undefinedInstr(`${text} (bkpt)`, pc);
  if ((hw & 0xff00) === 0xbf00) {
    const it = hw & 0xff;
    if ((it & 15) === 0) return () => {}; // nop, yield, wfe, wfi, sev
    return (m) => {
      m.it = it;
    };
  }
  return undefinedInstr(text, pc);
}
