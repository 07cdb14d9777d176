// The backends of a module's scopes, keyed by emit kind (compile.c picks emit_bc, the native
// emitter or the inline assembler per scope). The only place that constructs emitters: the
// compiler itself sees just the emit.ts interfaces.
import { BytecodeEmitter } from "./emit_bc.ts";
import { ModuleTables } from "./emit_bc_tables.ts";
import type { EmitKind, Emitter, EmitterFactory, InlineAsmEmitter } from "./emit.ts";
import type { InlineAsmTarget } from "../../emitter/asm_types.ts";
import { inlineThumbEmitter } from "../../emitter/emit_inline_thumb.ts";
import { NativeEmitter } from "../../emitter/emit_native.ts";
import { createThumbMachine } from "../../emitter/native_thumb.ts";
import type { ThumbArch } from "../mpy/arch.ts";

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
        ? () => new NativeEmitter(createThumbMachine(options.nativeArch!), tables, fileName)
        : bytecode,
    },
    viper: options.nativeArch
      ? {
        make: () =>
          new NativeEmitter(createThumbMachine(options.nativeArch!), tables, fileName, true),
      }
      : { make: bytecode, unsupported: "viper not supported yet" },
    asm_thumb: options.inlineAsm
      ? { asm: inlineThumbEmitter(options.inlineAsm) }
      : notYet("asm_thumb"),
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
    inlineAsm: (kind) => backends[kind].asm,
  };
}
