// `-X compile-only` (ports/unix/main.c execute_from_lexer): parse and compile the program,
// report a SyntaxError as a run would, and run nothing.
import type { Interpreter, RunResult, UncaughtReport } from "../../src/py/interpreter.ts";
import { compileText } from "../../src/py/runtime_init.ts";
import { activate } from "../../src/py/interp_state.ts";
import { formatException, toPyException } from "../../src/py/obj_exception.ts";

export function compileOnly(
  interp: Interpreter,
  source: string,
  file: string,
  report: UncaughtReport = {},
): RunResult {
  activate(interp.state);
  try {
    compileText(source, file, "exec");
    return { code: 0, exited: false };
  } catch (e) {
    const text = formatException(toPyException(e));
    if (report.traceback === "stdout") interp.host.writeStdout(text);
    else interp.host.writeStderr(text);
    return { code: 1, exited: false };
  }
}
