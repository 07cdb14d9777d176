// The one constructor of SyntaxErrors raised while turning source into code (lexer, parser,
// compiler, inline assembler, mpy-cross front end), so they all carry the location alike.
import type { PyType } from "./obj.ts";
import { newException, type PyBaseException, SyntaxError } from "./obj_exception.ts";

/**
 * A SyntaxError (or a subclass such as IndentationError) at `file`:`line`. `block` names the
 * scope being compiled: MicroPython's compiler errors carry it, its parse errors don't ("").
 */
export function syntaxError(
  file: string,
  line: number,
  msg = "invalid syntax",
  block = "",
  type: PyType = SyntaxError,
): PyBaseException {
  const e = newException(type, msg);
  e.traceback.push({ file, line, block });
  return e;
}
