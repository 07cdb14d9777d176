// The machine layer a native emitter writes through (the ASM_* operations of MicroPython's
// py/asm.h): frame, registers, runtime calls and jumps, with no instruction names. Each target
// implements it once (native_thumb.ts for Thumb and Thumb-2); encodings stay in the assembler.
//
// Frame: entry(n) reserves n machine words addressed as slots 0..n-1 from the stack pointer.
// Runtime calls go through mp_fun_table, whose address the emitted code keeps in regs.funTable
// (docs/spec/native-abi.md §4-§5); arguments in regs.args, result in regs.ret, temps clobbered.

/** Comparison conditions: equality, signed (lt le gt ge) and unsigned (lo ls hi hs). */
export type CompareCond = "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "lo" | "ls" | "hi" | "hs";

/** Register roles of the native calling convention, as the target numbers its registers. */
export interface NativeRegs {
  /** Result of a call or of the function. */
  readonly ret: number;
  /** Argument registers of a call, in order (the first is `ret`). */
  readonly args: readonly number[];
  /** Scratch registers; calls clobber them. */
  readonly temps: readonly number[];
  /** Callee-saved registers that can hold locals across calls. */
  readonly locals: readonly number[];
  /** Holds the module's qstr table for the whole function. */
  readonly qstrTable: number;
  /** Holds mp_fun_table for the whole function. */
  readonly funTable: number;
}

export interface NativeMachine {
  readonly regs: NativeRegs;
  /** Bytes per machine word (slot and table-entry size). */
  readonly wordSize: number;

  /** Prologue: saves the callee-saved registers and reserves `frameWords` slots. */
  entry(frameWords: number): void;
  /** Epilogue of the last entry(): frees the frame and returns `regs.ret`. */
  exit(): void;

  /** reg = value (a 32-bit pattern; may clobber flags). */
  movImm(reg: number, value: number): void;
  /** dst = src. */
  movReg(dst: number, src: number): void;
  /** reg = frame slot `slot`. */
  loadLocal(reg: number, slot: number): void;
  /** frame slot `slot` = reg. */
  storeLocal(reg: number, slot: number): void;
  /** reg = address of frame slot `slot` (for runtime calls taking an array). */
  localAddr(reg: number, slot: number): void;
  /** dst = word `index` of the array at base (object fields, tables). */
  loadWord(dst: number, base: number, index: number): void;
  /** word `index` of the array at base = src. */
  storeWord(src: number, base: number, index: number): void;

  /** reg = mp_fun_table[index] (entries 0-2 are the None/False/True objects themselves). */
  loadFun(reg: number, index: number): void;
  /** Calls mp_fun_table[index]; `temp` receives the entry address (not an argument register
   * in use). */
  callFun(index: number, temp: number): void;

  /** Places label `label` (numbers chosen by the emitter) here. */
  labelAssign(label: number): void;
  jump(label: number): void;
  jumpIfZero(reg: number, label: number): void;
  jumpIfNonZero(reg: number, label: number): void;
  /** Jumps when `a cond b`. */
  jumpIf(cond: CompareCond, a: number, b: number, label: number): void;
  /** dst = (a cond b) ? 1 : 0. */
  compare(cond: CompareCond, dst: number, a: number, b: number): void;

  /** Resolves labels and returns the machine code. */
  finish(): Uint8Array;
}
