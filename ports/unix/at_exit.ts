// What ports/unix/main.c does once the program (and any REPL) has finished: call the function
// registered with sys.atexit, then with -v print the heap figures (micropython.mem_info, whose
// first line is MICROPY_MEM_STATS' "mem:"; upy's heap is nominal, see src/py/heap.ts).
import { type Interpreter, PythonError } from "../../src/py/interpreter.ts";
import { exitFunction } from "../../src/py/mod_sys.ts";
import { isCallable } from "../../src/py/runtime.ts";

/** Run the exit steps; returns the process exit status. */
export async function atExit(interp: Interpreter, code: number, verbose: number): Promise<number> {
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
  }
  return code;
}
