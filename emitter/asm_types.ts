// The contract between assembler front ends (the inline `asm_thumb` compiler, later the native
// emitters) and the Thumb/Thumb-2 assembler: an instruction is a mnemonic plus operands, in the
// vocabulary of MicroPython's inline assembler docs (docs/reference/asm_thumb2_*.rst).

import type { ThumbArch } from "../src/mpy/arch.ts";

/** Target architectures, as `upy cross -march=` names them (declared once, in src/mpy/arch.ts). */
export type { ThumbArch };

/** One operand. Registers are numbered: r0-r15 (sp = 13, lr = 14, pc = 15), s0-s31, d0-d15. */
export type Operand =
  | { kind: "reg"; n: number }
  | { kind: "sreg"; n: number }
  | { kind: "dreg"; n: number }
  | { kind: "imm"; value: number }
  /** [base, offset] memory operand; offset an immediate (default 0). */
  | { kind: "mem"; base: number; offset: number }
  | { kind: "label"; name: string }
  /** {r0, r4, lr} for push/pop. */
  | { kind: "reglist"; regs: number[] };

/** Where an assembly error points: the message is MicroPython's, the line is the source line. */
export class AsmError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

/**
 * An assembler for one function. `op` appends one instruction (mnemonic in lower case, with a
 * condition suffix where the instruction takes one, e.g. "beq", "it", "ite"; "b"/"bl" to labels
 * choose short or long encodings by branch relaxation); `label` defines a label; `align` pads
 * to a multiple of n bytes; `data(size, values)` emits raw little-endian values.
 */
export interface ThumbAssembler {
  readonly arch: ThumbArch;
  op(mnemonic: string, operands: Operand[], line: number): void;
  label(name: string, line: number): void;
  align(n: number): void;
  data(size: 1 | 2 | 4, values: number[]): void;
  /** Resolve labels (iterating until branch sizes settle) and return the machine code. */
  finish(): Uint8Array;
}

/** Where inline-assembler functions go: the architecture and an assembler factory for it. */
export interface InlineAsmTarget {
  arch: ThumbArch;
  create: (arch: ThumbArch) => ThumbAssembler;
}
