// `-v -v` (mp_verbose_flag >= 2): every compile prints its bytecode (showbc.ts) to stdout
// before the code runs, as the unix port does; frozen modules were compiled at build time and
// print nothing, and neither does loading a .mpy file.
import type { Interpreter } from "../../src/py/interpreter.ts";
import { compilerHook } from "../../src/py/import.ts";
import { compileText, type InputMode } from "../../src/py/runtime_init.ts";
import { activate } from "../../src/py/interp_state.ts";
import { showModule } from "./showbc.ts";
import "../../emitter/machine_backends.ts";

/** Print the bytecode of modules that `import` compiles from source files. */
export function dumpImportedBytecode(interp: Interpreter): void {
  const compile = compilerHook.compile;
  compilerHook.compile = (source, file, frozenOpt) => {
    const cm = compile(source, file, frozenOpt);
    if (frozenOpt === undefined) interp.host.writeStdout(showModule(cm));
    return cm;
  };
}

/** Print the bytecode of a program given as text; a compile error is left for the run that
 * follows to report. */
export function dumpProgramBytecode(
  interp: Interpreter,
  source: string,
  file: string,
  mode: InputMode = "exec",
): void {
  activate(interp.state);
  let text: string;
  try {
    text = showModule(compileText(source, file, mode));
  } catch {
    return;
  }
  interp.host.writeStdout(text);
}
