// What ports/unix/main.c does once the program (and any REPL) has finished: call the function
// registered with sys.atexit, then with -v print the heap figures (micropython.mem_info, whose
// first line is MICROPY_MEM_STATS' "mem:"; upy's heap is nominal, see src/py/heap.ts), and
// what the JavaScript tier compiled (to stderr, so the program's output stays as it was);
// -X jitprofile=FILE writes that list to FILE (jit_profile.ts).
import { type Interpreter, PythonError } from "../../src/py/interpreter.ts";
import { exitFunction } from "../../src/py/mod_sys.ts";
import { isCallable } from "../../src/py/runtime.ts";

/** Run the exit steps; returns the process exit status. `jitProfile`: -X jitprofile=FILE. */
export async function atExit(
  interp: Interpreter,
  code: number,
  verbose: number,
  jitProfile?: string,
): Promise<number> {
  const status = await exitSteps(interp, code, verbose);
  if (jitProfile === undefined) return status;
  // Written last, so functions sys.atexit's function made hot are in it too.
  const { writeJitProfile } = await import("./jit_profile.ts");
  const error = writeJitProfile(interp, jitProfile);
  if (error === "") return status;
  interp.host.writeStderr(error + "\n");
  return status === 0 ? 1 : status;
}

async function exitSteps(interp: Interpreter, code: number, verbose: number): Promise<number> {
  const fn = exitFunction(interp.state);
  if (fn !== null && isCallable(fn)) {
    try {
      await interp.call(fn);
    } catch (e) {
      if (!(e instanceof PythonError)) throw e;
      // The unix port calls it outside any handler: an exception is a fatal error there.
      interp.host.writeStderr("FATAL: uncaught NLR 0x7f0000000000\n");
      return 1;
    }
  }
  if (verbose >= 1) {
    // mem_info prints the "mem:" line itself (MICROPY_MEM_STATS), as the unix port's does.
    const micropython = interp.importModule("micropython");
    await interp.call(micropython.globals.get("mem_info")!);
    interp.host.writeStderr(jitReport(interp));
  }
  return code;
}

/** `-v`: the functions the JavaScript tier compiled, in the order it compiled them. */
export function jitReport(interp: Interpreter): string {
  const compiled = interp.state.jitCompiled;
  let text = `jit: ${compiled.length} function${compiled.length === 1 ? "" : "s"} compiled\n`;
  for (const c of compiled) text += `jit:   ${c.ctx.file}:${c.lineOf(c.ip0)} ${c.name}\n`;
  return text;
}
