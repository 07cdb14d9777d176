// Connects core parts that cannot import each other without cycles: the compiler behind
// compile()/exec()/eval() and imports, the .mpy reader behind imports of .mpy files, and the
// modules that live outside the registry's own imports. Importing this file makes a complete
// runtime; ports import it (through toplevel.ts) and then install their host hooks.
import "./vm_builtins.ts";
import { builtinsDict } from "./builtins.ts";
import { compileHook } from "./builtins_core.ts";
import { compileModule } from "./compile.ts";
import { parse } from "./parser.ts";
import { compilerHook, mpyHook } from "./import.ts";
import { micropythonState } from "./mod_micropython.ts";
import { makeMathModule } from "./mod_math.ts";
import { makeCmathModule } from "./mod_cmath.ts";
import { PyModule } from "./obj_module.ts";
import { registerModule } from "./module_registry.ts";
import { defineType, PyObject, type PyValue } from "./obj.ts";
import type { PyDict } from "./obj_dict.ts";
import type { CompiledModule } from "./raw_code.ts";
import { type Code, execCode, loadCode, newModuleGlobals, vmState } from "./vm.ts";
import { readMpy } from "../mpy/reader.ts";
import { portIO } from "./port_io.ts";
import { nativeCodeHook } from "./raw_code.ts";
import { createAssembler } from "../../emitter/asm_thumb.ts";
import { makeAsmFunction } from "../../emitter/emit_inline_thumb_run.ts";
import type { InlineAsmTarget } from "./compile_core.ts";
import "../extmod/mod_time.ts";
import "../extmod/mod_select.ts";
import "../extmod/mod_socket.ts";
import "../extmod/asyncio.ts";

/** asm_thumb functions run in the Thumb emulator, assembled for the richest Thumb arch so every
 * documented instruction (Thumb-2, VFP) is available. */
const DESKTOP_ASM: InlineAsmTarget = { arch: "armv7emdp", create: createAssembler };
nativeCodeHook.make = makeAsmFunction;

export type InputMode = "exec" | "eval" | "single";

/** Compile options chosen by the port (-X emit=...). */
export const compileSettings = { emit: "bytecode" as "bytecode" | "native" | "viper" };

/** Source text → compiled module, honouring micropython.opt_level() at the time of the call. */
export function compileText(
  source: string,
  file: string,
  mode: InputMode = "exec",
): CompiledModule {
  return compileModule(parse(source, file, micropythonState.optLevel), {
    optLevel: micropythonState.optLevel,
    emit: compileSettings.emit,
    mode,
    docStrings: true,
    inlineAsm: DESKTOP_ASM,
  });
}

/** What compile() returns. */
class PyCode extends PyObject {
  constructor(readonly code: Code) {
    super(codeType);
  }
}
const codeType = defineType({ name: "code", repr: () => "<code>" });

compilerHook.compile = (source, file) => compileText(source, file);
mpyHook.read = (bytes) => readMpy(bytes, { thumbAsm: true });

compileHook.compile = (source, file, mode) => new PyCode(loadCode(compileText(source, file, mode)));
compileHook.isCode = (v) => v instanceof PyCode;
compileHook.run = (code: PyValue, globals: PyDict | undefined, locals: PyDict | undefined) => {
  const frame = vmState.frame;
  const g = globals ?? frame?.globals ?? newModuleGlobals("__main__");
  const l = locals ?? (globals === undefined ? frame?.locals : undefined) ?? g;
  return execCode((code as PyCode).code, g, l);
};

micropythonState.write = (text) => portIO.writeStdout(text);

registerModule("math", makeMathModule);
registerModule("cmath", makeCmathModule);
// `import builtins` shares the dict that name lookups fall back to.
registerModule("builtins", () => new PyModule(builtinsDict));
