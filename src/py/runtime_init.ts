// Connects core parts that cannot import each other without cycles: the compiler behind
// compile()/exec()/eval() and imports, and the .mpy reader behind imports of .mpy files.
// interpreter.ts imports this file, so every interpreter has a complete runtime.
import { compileHook } from "./builtins_core.ts";
import { compileModule } from "./compile.ts";
import { parse } from "./parser.ts";
import { compilerHook, mpyHook } from "./import.ts";
import { defineType, PyObject, type PyValue } from "./obj.ts";
import type { PyDict } from "./obj_dict.ts";
import type { CompiledModule } from "./raw_code.ts";
import { type Code, currentFrame, execCode, loadCode, newModuleGlobals } from "./vm.ts";
import { readMpy } from "../mpy/reader.ts";
import { createAssembler } from "../../emitter/asm_thumb.ts";
import type { InlineAsmTarget } from "./compile_core.ts";
import { state } from "./interp_state.ts";

/** asm_thumb functions are assembled for the richest Thumb arch, so every documented
 * instruction (Thumb-2, VFP) is available to the machine the port runs them on. */
const DESKTOP_ASM: InlineAsmTarget = { arch: "armv7emdp", create: createAssembler };

export type InputMode = "exec" | "eval" | "single";

/** Source text → compiled module, with the running interpreter's opt level and emit kind. */
export function compileText(
  source: string,
  file: string,
  mode: InputMode = "exec",
): CompiledModule {
  const st = state;
  return compileModule(parse(source, file, st.optLevel), {
    optLevel: st.optLevel,
    emit: st.emit,
    mode,
    docStrings: true,
    inlineAsm: DESKTOP_ASM,
  });
}

/** A .mpy file's bytes → compiled module; machine code for a Thumb arch is accepted when the
 * running interpreter has a machine for it (asm_thumb only, or also @native/@viper). */
export function loadMpy(bytes: Uint8Array): CompiledModule {
  const runner = state.nativeCode;
  return readMpy(bytes, { thumbAsm: runner !== undefined, thumbNative: runner?.runsNative });
}

/** What compile() returns. */
class PyCode extends PyObject {
  constructor(readonly code: Code) {
    super(codeType);
  }
}
const codeType = defineType({ name: "code", repr: () => "<code>" });

compilerHook.compile = (source, file) => compileText(source, file);
mpyHook.read = loadMpy;

compileHook.compile = (source, file, mode) => new PyCode(loadCode(compileText(source, file, mode)));
compileHook.isCode = (v) => v instanceof PyCode;
compileHook.run = (code: PyValue, globals: PyDict | undefined, locals: PyDict | undefined) => {
  const frame = currentFrame();
  const g = globals ?? frame?.globals ?? newModuleGlobals("__main__");
  const l = locals ?? (globals === undefined ? frame?.locals : undefined) ?? g;
  return execCode((code as PyCode).code, g, l);
};
