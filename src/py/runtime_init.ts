// Connects core parts that cannot import each other without cycles: the compiler behind
// compile()/exec()/eval() and imports, and the .mpy reader behind imports of .mpy files.
// interpreter.ts imports this file, so every interpreter has a complete runtime.
import { compileHook } from "./builtins_core.ts";
import { compileModule } from "./compile.ts";
import { parse } from "./parser.ts";
import { syntaxError } from "./compile_error.ts";
import { builtinModuleConst } from "./module_consts.ts";
import { compilerHook, importFiles, mpyHook } from "./import.ts";
import { openHook } from "./builtins_open.ts";
import { vfsImportFiles, vfsOpen } from "../extmod/vfs.ts";
import { defineType, PyObject, type PyValue } from "./obj.ts";
import type { PyDict } from "./obj_dict.ts";
import type { CompiledModule } from "./raw_code.ts";
import { type Code, execCode, loadCode, nativeModule, newModuleGlobals } from "./vm.ts";
import { scopeGlobals, scopeLocals } from "./vm_builtins.ts";
import { call } from "./runtime.ts";
import { readMpy } from "../mpy/reader.ts";
import { machineBackends } from "./emit_factory.ts";
import type { InlineAsmTarget } from "./compile_core.ts";
import { state, withNativeLocals } from "./interp_state.ts";
// input() waits for its line on the event loop (so Ctrl-C reaches it), select or no select.
import "../extmod/stdin_wait.ts";

/** asm_thumb functions are assembled for the richest Thumb arch, so every documented
 * instruction (Thumb-2, VFP) is available to the machine the port runs them on. */
const DESKTOP_ASM: InlineAsmTarget = {
  arch: "armv7emdp",
  create: (arch) => machineBackends().createAssembler(arch),
};

/** The arch of @native/@viper code compiled on the desktop: the one whose output is checked
 * byte for byte against mpy-cross and on the Cortex-M3 board. */
const DESKTOP_NATIVE_ARCH = "armv7m";

export type InputMode = "exec" | "eval" | "single";

const LONE_CONTINUATION = /^[ \t]*\\\r?\n$/;

/** Source text → compiled module, with the running interpreter's opt level and emit kind. */
export function compileText(
  source: string,
  file: string,
  mode: InputMode = "exec",
  frozenOpt?: number,
): CompiledModule {
  const st = state;
  const frozen = frozenOpt !== undefined;
  const optLevel = frozenOpt ?? st.optLevel;
  // A REPL entry that is only a line continuation ends without the NEWLINE single input needs
  // (tests/basics/parser.py).
  if (mode === "single" && LONE_CONTINUATION.test(source)) throw syntaxError(file, 2);
  return compileModule(parse(source, file, optLevel), {
    optLevel,
    emit: frozen ? "bytecode" : st.emit,
    mode,
    docStrings: true,
    inlineAsm: DESKTOP_ASM,
    // @native/@viper functions become Thumb code when the interpreter has a machine for them,
    // as on a Cortex-M3 board (32-bit words); else native ones run as bytecode.
    nativeArch: st.nativeCode?.runsNative ? DESKTOP_NATIVE_ARCH : undefined,
    // ... but @native functions run as bytecode for the JIT tier: Thumb code in the emulator,
    // with every value crossing as a machine word, runs some 20x slower than the interpreter.
    // `-X emit=native` asks for machine code everywhere, so it keeps the emulator.
    nativeTwins: st.nativeTwins && st.emit !== "native",
    moduleConst: builtinModuleConst,
  });
}

/** A .mpy file's bytes → compiled module; machine code for a Thumb arch is accepted when the
 * running interpreter has a machine for it (asm_thumb only, or also @native/@viper). */
export function loadMpy(bytes: Uint8Array): CompiledModule {
  const runner = state.nativeCode;
  return readMpy(bytes, { thumbAsm: runner !== undefined, thumbNative: runner?.runsNative });
}

/** What compile() returns: the compiled module; its bytecode is loaded on first run. */
class PyCode extends PyObject {
  private loaded: Code | undefined;
  constructor(readonly cm: CompiledModule) {
    super(codeType);
  }
  get code(): Code {
    return this.loaded ??= loadCode(this.cm);
  }
}
const codeType = defineType({ name: "code", repr: () => "<code>" });

// open() and import go through the mount table once something is mounted (extmod/vfs.ts).
openHook.vfs = vfsOpen;
importFiles.readFile = vfsImportFiles.readFile;
importFiles.isDir = vfsImportFiles.isDir;

compilerHook.compile = (source, file, frozenOpt) => compileText(source, file, "exec", frozenOpt);
mpyHook.read = loadMpy;

compileHook.compile = (source, file, mode) => new PyCode(compileText(source, file, mode));
compileHook.isCode = (v) => v instanceof PyCode;
compileHook.run = (code: PyValue, globals: PyDict | undefined, locals: PyDict | undefined) => {
  const g = globals ?? scopeGlobals() ?? newModuleGlobals("__main__");
  const l = locals ?? (globals === undefined ? scopeLocals() : undefined) ?? g;
  const cm = (code as PyCode).cm;
  // Machine code (-X emit=native) runs with `l` as its name dict (mp_locals_set).
  const fn = nativeModule(cm, g);
  if (fn === undefined) return execCode((code as PyCode).code, g, l);
  return withNativeLocals(l === g ? undefined : l, () => call(fn, []));
};
