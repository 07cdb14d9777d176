// The backends of a module's scopes, keyed by emit kind (compile.c picks emit_bc, the native
// emitter or the inline assembler per scope). The only place that constructs emitters: the
// compiler itself sees just the emit.ts interfaces.
import { BytecodeEmitter } from "./emit_bc.ts";
import { ModuleTables } from "./emit_bc_tables.ts";
import type { EmitKind, Emitter, EmitterFactory, InlineAsmEmitter } from "./emit.ts";
import type { InlineAsmTarget, ThumbAssembler } from "../../emitter/asm_types.ts";
import type { ThumbArch } from "../mpy/arch.ts";

/** The machine-code backends, which emitter/machine_backends.ts registers when imported (start-up
 * leaves them out: a program that needs them has them loaded first, see lazy_modules.ts). */
export interface MachineBackends {
  createAssembler(arch: ThumbArch): ThumbAssembler;
  inlineThumbEmitter(target: InlineAsmTarget): InlineAsmEmitter;
  nativeEmitter(arch: ThumbArch, tables: ModuleTables, fileName: string, viper: boolean): Emitter;
}

let machine: MachineBackends | undefined;

export function registerMachineBackends(backends: MachineBackends): void {
  machine ??= backends;
}

/** The registered backends (an internal error if code needing them comes first). */
export function machineBackends(): MachineBackends {
  if (machine === undefined) throw new Error("machine-code backends used before they were loaded");
  return machine;
}

export interface EmitterFactoryOptions {
  /** -O level (3 and above drop line numbers from bytecode). */
  optLevel?: number;
  /** Target of `@micropython.asm_thumb` functions; without it they are a compile error. */
  inlineAsm?: InlineAsmTarget;
  /** Target of `@micropython.native` functions; without it they are compiled as bytecode. */
  nativeArch?: ThumbArch;
}

/** What one emit kind compiles with: a per-scope emitter or an inline assembler, and the error
 * a decorator asking for it raises when this build can't compile it. */
interface Backend {
  make?: () => Emitter;
  asm?: InlineAsmEmitter;
  unsupported?: string;
}

export function createEmitterFactory(
  fileName: string,
  options: EmitterFactoryOptions = {},
): EmitterFactory {
  const tables = new ModuleTables(fileName);
  const bytecode = () => new BytecodeEmitter(tables, { optLevel: options.optLevel });
  const notYet = (kind: EmitKind): Backend => ({ unsupported: `${kind} not supported yet` });
  const backends: Record<EmitKind, Backend> = {
    bytecode: { make: bytecode },
    // Native and viper scopes become Thumb machine code for a Thumb target. Without one, native
    // scopes are bytecode (same behaviour, no speed-up) and viper functions are refused (a
    // module-wide emit=viper default still gives bytecode).
    native: {
      make: options.nativeArch
        ? () => machineBackends().nativeEmitter(options.nativeArch!, tables, fileName, false)
        : bytecode,
    },
    viper: options.nativeArch
      ? { make: () => machineBackends().nativeEmitter(options.nativeArch!, tables, fileName, true) }
      : { make: bytecode, unsupported: "viper not supported yet" },
    // (the assembler is made on first use: most modules have no asm_thumb function)
    asm_thumb: options.inlineAsm ? {} : notYet("asm_thumb"),
    asm_xtensa: notYet("asm_xtensa"),
    asm_rv32: notYet("asm_rv32"),
  };
  return {
    qstrs: tables.qstrs,
    constants: tables.constants,
    unsupported: (kind) => backends[kind].unsupported,
    emitter(kind) {
      const make = backends[kind].make;
      if (!make) throw new Error(`no emitter for ${kind} scopes`);
      return make();
    },
    inlineAsm: (kind) => {
      const b = backends[kind];
      if (kind === "asm_thumb" && options.inlineAsm) {
        b.asm ??= machineBackends().inlineThumbEmitter(options.inlineAsm);
      }
      return b.asm;
    },
  };
}
