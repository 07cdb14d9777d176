// Compile errors are Python SyntaxErrors carrying the file and line, as mpy-cross reports them.
import { newException, type PyBaseException, SyntaxError } from "./obj_exception.ts";

/** `block` is the scope being compiled: MicroPython's compiler errors name it, parse errors
 * don't. */
export function syntaxError(msg: string, file: string, line: number, block = ""): PyBaseException {
  const e = newException(SyntaxError, msg);
  e.traceback.push({ file, line, block });
  return e;
}
