// The machine layer the native emitter writes through (the ASM_* operations of MicroPython's
// py/asm.h and asmbase.c): frame, registers, runtime calls, labels and jumps, with no
// instruction names. Each target implements it once (native_thumb.ts for Thumb and Thumb-2).
//
// Code is produced in passes, as py/asmbase.c: a compute pass records label offsets (forward
// labels are unknown, so forward jumps take their long form), the emit pass writes the bytes
// using the offsets of the previous pass. After an unconditional jump or raise, code is
// suppressed until the next label (dead code takes no space).

/** Register roles of the native calling convention, as the target numbers its registers. */
export interface NativeRegs {
  readonly ret: number;
  /** Argument registers of a call, in order (the first is `ret`). */
  readonly arg: readonly number[];
  /** Scratch registers; calls clobber them. */
  readonly temp: readonly number[];
  /** Callee-saved registers: locals 0-1 (when no exception handler), generator state, qstrs. */
  readonly local: readonly number[];
  readonly generatorState: number;
  readonly qstrTable: number;
  readonly funTable: number;
  /** Scratch register of a runtime call through the table. */
  readonly callTemp: number;
}

/** ALU operations on two registers: dst = dst op src. */
export type AluOp = "and" | "xor" | "or" | "add" | "sub" | "mul" | "lsl" | "lsr" | "asr";
/** reg = op reg (viper's unary minus and invert). */
export type UnaryAluOp = "neg" | "not";
/** Comparisons that set a register to 0/1: signed (lt ...) and unsigned (lo, hi, ls, hs). */
export type CompareOp = "lt" | "gt" | "eq" | "le" | "ge" | "ne" | "lo" | "hi" | "ls" | "hs";
/** Bytes moved by a viper pointer load or store. */
export type MemSize = 1 | 2 | 4;

export interface NativeMachine {
  readonly regs: NativeRegs;
  /** Bytes per machine word (slot and table-entry size). */
  readonly wordSize: number;

  /** Starts a pass; `emit` for the final one (label offsets of the previous pass are kept). */
  startPass(emit: boolean): void;
  /** Current code offset in bytes. */
  codePos(): number;
  /** Drops code until the next label (after an unconditional jump). */
  suppress(): void;
  /** The code of the last pass. */
  code(): Uint8Array;
  /** Raw data (little-endian). */
  data(bytes: 1 | 2 | 4, value: number): void;

  /** Prologue: saves the callee-saved registers and reserves `frameWords` slots. */
  entry(frameWords: number): void;
  /** Epilogue of the last entry(): frees the frame and returns `regs.ret`. */
  exit(): void;

  movRegImm(reg: number, value: number): void;
  movRegReg(dst: number, src: number): void;
  /** frame slot = reg / reg = frame slot / reg = address of frame slot. */
  storeLocal(slot: number, reg: number): void;
  loadLocal(reg: number, slot: number): void;
  localAddr(reg: number, slot: number): void;
  /** reg = address of `label` (with the Thumb bit where the target has one). */
  movRegPcrel(reg: number, label: number): void;
  /** dst = word `index` of the array at base / that word = src. */
  loadWord(dst: number, base: number, index: number): void;
  storeWord(src: number, base: number, index: number): void;
  /** dst = 16-bit entry `index` of the array at base (qstr table). */
  loadHalf(dst: number, base: number, index: number): void;
  alu(op: AluOp, dst: number, src: number): void;
  unary(op: UnaryAluOp, reg: number): void;
  /** dst = (a op b) ? 1 : 0. */
  compareSet(op: CompareOp, dst: number, a: number, b: number): void;
  /** dst = the `size`-byte value at base + size*index (zero-extended) / store src there;
   * index is a small non-negative immediate (0-31). */
  loadMem(size: MemSize, dst: number, base: number, index: number): void;
  storeMem(size: MemSize, src: number, base: number, index: number): void;
  /** The same at base + size*reg; `index` is scaled in place (clobbered). */
  loadMemReg(size: MemSize, dst: number, base: number, index: number): void;
  storeMemReg(size: MemSize, src: number, base: number, index: number): void;

  labelAssign(label: number): void;
  jump(label: number): void;
  jumpIfZero(reg: number, label: number): void;
  jumpIfNonZero(reg: number, label: number): void;
  jumpIfEqual(a: number, b: number, label: number): void;
  jumpReg(reg: number): void;
  /** Calls mp_fun_table[index], with `temp` (default regs.callTemp) holding the address. */
  callInd(index: number, temp?: number): void;
}
