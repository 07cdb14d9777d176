// NativeMachine for Thumb and Thumb-2 (MicroPython's emitnthumb.c defines over asmthumb.c):
// register roles and frame layout from docs/spec/native-abi.md §5-§6; the arch-specific sequences are the
// assembler's (asm_thumb_macro.ts).
import type { Operand, ThumbAssembler } from "./asm_types.ts";
import { adjustSp, loadWord, movImm } from "./asm_thumb_macro.ts";
import type { CompareCond, NativeMachine, NativeRegs } from "./native_machine.ts";

const SP = 13, LR = 14, PC = 15;

/** r0-r3 arguments/result, r0-r2 temps, r4/r5 locals, r6 qstr table, r7 mp_fun_table. */
export const THUMB_REGS: NativeRegs = {
  ret: 0,
  args: [0, 1, 2, 3],
  temps: [0, 1, 2],
  locals: [4, 5],
  qstrTable: 6,
  funTable: 7,
};

const reg = (n: number): Operand => ({ kind: "reg", n });
const imm = (value: number): Operand => ({ kind: "imm", value });
const mem = (base: number, offset: number): Operand => ({ kind: "mem", base, offset });
const label = (name: string): Operand => ({ kind: "label", name });

/** Registers pushed by the prologue: frames of 0-1 words use the r1 slot, 2-3 words r1-r3. */
function savedRegs(frameWords: number): number[] {
  return frameWords <= 1 ? [1, 4, 5, 6, 7] : [1, 2, 3, 4, 5, 6, 7];
}

/** Words added below the pushed r1-r3 for larger frames, keeping sp 8-byte aligned. */
function extraWords(frameWords: number): number {
  return frameWords > 3 ? (frameWords - 3 + 1) & ~1 : 0;
}

export function createThumbMachine(asm: ThumbAssembler): NativeMachine {
  let frame = 0;
  let nextInternal = 0;
  const op = (mn: string, ...ops: Operand[]) => asm.op(mn, ops, 0);
  const name = (l: number) => `L${l}`;
  const slotOffset = (slot: number) => 4 * slot;
  // Beyond the 16-bit offsets Thumb-2 has str.w; on ARMv6-M the assembler reports the limit.
  const store = (src: number, base: number, offset: number) =>
    op("str", reg(src), mem(base, offset));
  return {
    regs: THUMB_REGS,
    wordSize: 4,
    entry(frameWords: number): void {
      frame = frameWords;
      op("push", { kind: "reglist", regs: [...savedRegs(frameWords), LR] });
      adjustSp(asm, "sub", 4 * extraWords(frameWords));
    },
    exit(): void {
      adjustSp(asm, "add", 4 * extraWords(frame));
      op("pop", { kind: "reglist", regs: [...savedRegs(frame), PC] });
    },
    movImm: (r, value) => movImm(asm, r, value),
    movReg: (dst, src) => op("mov", reg(dst), reg(src)),
    loadLocal: (r, slot) => loadWord(asm, r, SP, slotOffset(slot)),
    storeLocal: (r, slot) => store(r, SP, slotOffset(slot)),
    localAddr: (r, slot) => op("add", reg(r), reg(SP), imm(slotOffset(slot))),
    loadWord: (dst, base, index) => loadWord(asm, dst, base, 4 * index),
    storeWord: (src, base, index) => store(src, base, 4 * index),
    loadFun: (r, index) => loadWord(asm, r, THUMB_REGS.funTable, 4 * index),
    callFun(index: number, temp: number): void {
      loadWord(asm, temp, THUMB_REGS.funTable, 4 * index);
      op("blx", reg(temp));
    },
    labelAssign: (l) => asm.label(name(l), 0),
    jump: (l) => op("b", label(name(l))),
    jumpIfZero(r: number, l: number): void {
      op("cmp", reg(r), imm(0));
      op("beq", label(name(l)));
    },
    jumpIfNonZero(r: number, l: number): void {
      op("cmp", reg(r), imm(0));
      op("bne", label(name(l)));
    },
    jumpIf(cond: CompareCond, a: number, b: number, l: number): void {
      op("cmp", reg(a), reg(b));
      op(`b${cond}`, label(name(l)));
    },
    compare(cond: CompareCond, dst: number, a: number, b: number): void {
      // Branches rather than an IT block, so one sequence serves ARMv6-M too. `movs` sets
      // flags, so it may only come before the cmp (dst distinct from a and b) or after the branch.
      const done = `.cmp${nextInternal++}`;
      if (dst !== a && dst !== b) {
        op("mov", reg(dst), imm(1));
        op("cmp", reg(a), reg(b));
        op(`b${cond}`, label(done));
        op("mov", reg(dst), imm(0));
      } else {
        const yes = `.cmp${nextInternal++}`;
        op("cmp", reg(a), reg(b));
        op(`b${cond}`, label(yes));
        op("mov", reg(dst), imm(0));
        op("b", label(done));
        asm.label(yes, 0);
        op("mov", reg(dst), imm(1));
      }
      asm.label(done, 0);
    },
    finish: () => asm.finish(),
  };
}
