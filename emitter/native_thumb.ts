// NativeMachine for Thumb and Thumb-2 (MicroPython's emitnthumb.c over asmthumb.c and
// asmbase.c): register roles and frame layout from docs/spec/native-abi.md §5-§6; encodings and
// the ARMv6-M / ARMv7-M choices are asm_thumb_macro.ts's.
import type { ThumbArch } from "./asm_types.ts";
import { ARCH_FEATURES, T2 } from "./asm_thumb_enc.ts";
import {
  addRegReg,
  addRRR,
  addSpAddr,
  adjustSp,
  blx,
  branch,
  branchCond,
  bx,
  cmpRlo8,
  Cond,
  fmt4,
  frameShape,
  type HalfwordSink,
  ldrhHalf,
  ldrSp,
  ldrWord,
  ldst,
  lslImm,
  movReg,
  movRegImm,
  movRloI16,
  PC,
  popPc,
  pushLr,
  setCond,
  strSp,
  subRRR,
  sxth,
} from "./asm_thumb_macro.ts";
import type { AluOp, CompareOp, NativeMachine, NativeRegs } from "./native_machine.ts";
import { NotImplementedError, raise } from "../src/py/obj_exception.ts";

/** A frame word reachable by the 16-bit sp-relative ldr/str (asmthumb.c raises the same error
 * rather than wrapping the offset: a frame of more than 256 words has no native form). */
function spSlot(slot: number): number {
  if (slot > 0xff) raise(NotImplementedError, "too many locals for native method");
  return slot;
}

/** r0-r3 arguments/result, r0-r2 temps, r4/r5 locals (r5 the generator state), r6 qstr table,
 * r7 mp_fun_table, r3 for table calls. */
export const THUMB_REGS: NativeRegs = {
  ret: 0,
  arg: [0, 1, 2, 3],
  temp: [0, 1, 2],
  local: [4, 5, 6],
  generatorState: 5,
  qstrTable: 6,
  funTable: 7,
  callTemp: 3,
};

const COMPARE_COND: Record<CompareOp, number> = {
  lt: Cond.lt,
  gt: Cond.gt,
  eq: Cond.eq,
  le: Cond.le,
  ge: Cond.ge,
  ne: Cond.ne,
  lo: Cond.cc,
  hi: Cond.hi,
  ls: Cond.ls,
  hs: Cond.cs,
};
const LOAD = { 1: "ldrb", 2: "ldrh", 4: "ldr" } as const;
const STORE = { 1: "strb", 2: "strh", 4: "str" } as const;
/** Register-offset forms `op rt, [rn, rm]` (format 7/8), and the index shift per size. */
const LOAD_REG = { 1: 0x5c00, 2: 0x5a00, 4: 0x5800 };
const STORE_REG = { 1: 0x5400, 2: 0x5200, 4: 0x5000 };
const SCALE_SHIFT = { 1: 0, 2: 1, 4: 2 };

/** The byte buffer and label table of one function (py/asmbase.c). */
class CodeBuffer implements HalfwordSink {
  bytes: number[] = [];
  labels = new Map<number, number>();
  suppressed = false;
  constructor(readonly thumb2: boolean) {}
  offset(): number {
    return this.bytes.length;
  }
  op16(hw: number): void {
    if (this.suppressed) return;
    this.bytes.push(hw & 0xff, hw >> 8 & 0xff);
  }
  /** Offset of a label from the previous (or this) pass, or undefined if not known yet. */
  dest(label: number): number | undefined {
    return this.labels.get(label);
  }
}

export function createThumbMachine(arch: ThumbArch): NativeMachine {
  const b = new CodeBuffer((ARCH_FEATURES[arch] & T2) !== 0);
  let reglist = 0xf2, extra = 0;
  /** rel = target - (pc + 4) and whether the target is already behind us. */
  const relTo = (label: number): [number, boolean] => {
    const d = b.dest(label);
    if (d === undefined) return [-1 - b.offset() - 4, false];
    return [d - b.offset() - 4, true];
  };
  const condJump = (cond: number, label: number) => {
    const [rel, back] = relTo(label);
    branchCond(b, cond, rel, back);
  };
  return {
    regs: THUMB_REGS,
    wordSize: 4,
    startPass(emit: boolean): void {
      if (!emit) b.labels = new Map();
      b.bytes = [];
      b.suppressed = false;
    },
    codePos: () => b.offset(),
    suppress: () => void (b.suppressed = true),
    code: () => new Uint8Array(b.bytes),
    data(bytes: 1 | 2 | 4, value: number): void {
      if (b.suppressed) return;
      for (let i = 0; i < bytes; i++) b.bytes.push(Number(BigInt(value) >> BigInt(8 * i) & 0xffn));
    },
    entry(frameWords: number): void {
      ({ reglist, extra } = frameShape(frameWords));
      pushLr(b, reglist);
      adjustSp(b, true, extra);
    },
    exit(): void {
      adjustSp(b, false, extra);
      popPc(b, reglist);
    },
    movRegImm: (r, v) => movRegImm(b, r, v),
    movRegReg: (d, s) => movReg(b, d, s),
    storeLocal: (slot, r) => strSp(b, r, spSlot(slot)),
    loadLocal: (r, slot) => ldrSp(b, r, spSlot(slot)),
    localAddr: (r, slot) => addSpAddr(b, r, slot),
    movRegPcrel(r: number, label: number): void {
      const d = b.dest(label) ?? -1;
      let rel = (d - b.offset()) | 1;
      if (b.thumb2) {
        rel -= 6 + 4;
        movRegImm16(b, r, rel);
      } else {
        rel -= 8 + 4;
        movRloI16(b, r, rel & 0xffff);
      }
      sxth(b, r, r);
      addRegReg(b, r, PC);
    },
    loadWord: (d, base, i) => ldrWord(b, d, base, i),
    storeWord: (s, base, i) => ldst(b, "str", s, base, i),
    loadHalf: (d, base, i) => ldrhHalf(b, d, base, i),
    alu(op: AluOp, d: number, s: number): void {
      if (op === "add") addRRR(b, d, d, s);
      else if (op === "sub") subRRR(b, d, d, s);
      else fmt4(b, op, d, s);
    },
    unary: (op, r) => fmt4(b, op, r, r),
    compareSet(op: CompareOp, d: number, x: number, y: number): void {
      fmt4(b, "cmp", x, y);
      setCond(b, COMPARE_COND[op], d);
    },
    loadMem: (size, d, base, i) => ldst(b, LOAD[size], d, base, i),
    storeMem: (size, src, base, i) => ldst(b, STORE[size], src, base, i),
    loadMemReg(size, d, base, index): void {
      if (size > 1) lslImm(b, index, index, SCALE_SHIFT[size]);
      b.op16(LOAD_REG[size] | index << 6 | base << 3 | d);
    },
    storeMemReg(size, src, base, index): void {
      if (size > 1) lslImm(b, index, index, SCALE_SHIFT[size]);
      b.op16(STORE_REG[size] | index << 6 | base << 3 | src);
    },
    labelAssign(label: number): void {
      b.suppressed = false;
      b.labels.set(label, b.offset());
    },
    jump(label: number): void {
      const [rel, back] = relTo(label);
      branch(b, rel, back);
    },
    jumpIfZero(r: number, label: number): void {
      cmpRlo8(b, r, 0);
      condJump(Cond.eq, label);
    },
    jumpIfNonZero(r: number, label: number): void {
      cmpRlo8(b, r, 0);
      condJump(Cond.ne, label);
    },
    jumpIfEqual(x: number, y: number, label: number): void {
      fmt4(b, "cmp", x, y);
      condJump(Cond.eq, label);
    },
    jumpReg: (r) => bx(b, r),
    callInd(index: number, temp = THUMB_REGS.callTemp): void {
      ldrWord(b, temp, THUMB_REGS.funTable, index);
      blx(b, temp);
    },
  };
}

/** movw rd, #v (the pc-relative form always takes the 16-bit immediate instruction). */
function movRegImm16(s: HalfwordSink, rd: number, v: number): void {
  const u = v & 0xffff;
  s.op16(0xf240 | (u >> 1 & 0x0400) | (u >> 12 & 0xf));
  s.op16((u << 4 & 0x7000) | rd << 8 | (u & 0xff));
}
