// Running what the REPL read (shared/runtime/pyexec.c parse_compile_execute): compile in
// __main__, run, and report an uncaught exception as text for the REPL to place (after the
// raw REPL's first \x04) instead of printing it; SystemExit asks the REPL to end.
import { compileText } from "../../src/py/runtime_init.ts";
import type { Interpreter } from "../../src/py/interpreter.ts";
import { activate } from "../../src/py/interp_state.ts";
import { runCompiledModule } from "../../src/py/vm.ts";
import { isSubtype, type PyValue } from "../../src/py/obj.ts";
import { PyModule } from "../../src/py/obj_module.ts";
import {
  formatException,
  KeyboardInterrupt,
  PyBaseException,
  SystemExit,
  toPyException,
} from "../../src/py/obj_exception.ts";
import { str } from "../../src/py/runtime.ts";
import { completeLine } from "./repl_complete.ts";
import type { Completion } from "./line_editor.ts";
import "../../emitter/machine_backends.ts";

/** How one REPL entry ended. */
export interface ExecOutcome {
  /** The traceback of an uncaught exception (not SystemExit), as MicroPython prints it. */
  error?: string;
  /** SystemExit: leave the REPL with this exit status. */
  exitCode?: number;
}

/** What the REPL needs from an interpreter. */
export interface ReplBackend {
  /** "single": one friendly-REPL statement (expression values are printed); "exec": a paste
   * or raw-REPL block. */
  execute(source: string, mode: "single" | "exec"): Promise<ExecOutcome>;
  complete(lineBeforeCursor: string): Completion;
}

function exitStatus(exc: PyBaseException, stderr: (s: string) => void): number {
  const v: PyValue = exc.args.items.length > 0 ? exc.args.items[0] : null;
  if (v === null) return 0;
  if (typeof v === "number") return v & 255;
  if (typeof v === "boolean") return +v;
  if (typeof v === "bigint") return Number(BigInt.asUintN(8, v));
  // Any other value is printed, and the status is 1.
  stderr(str(v) + "\n");
  return 1;
}

/** The REPL over `interp`; with `compileOnly` (-X compile-only) entries are compiled, not run. */
export function interpreterBackend(interp: Interpreter, compileOnly = false): ReplBackend {
  const st = interp.state;
  return {
    async execute(source, mode) {
      activate(st);
      st.interruptPending = false;
      try {
        const cm = compileText(source, "<stdin>", mode);
        if (!compileOnly) await runCompiledModule(cm, interp.globals);
        return {};
      } catch (e) {
        activate(st);
        const exc = toPyException(e);
        if (exc.type === KeyboardInterrupt) st.interruptPending = false;
        if (isSubtype(exc.type, SystemExit)) {
          return { exitCode: exitStatus(exc, (s) => st.host.writeStderr(s)) };
        }
        return { error: formatException(exc) };
      }
    },
    complete(line) {
      activate(st);
      return completeLine(line, new PyModule(interp.globals), [...st.moduleTable.keys()]);
    },
  };
}
