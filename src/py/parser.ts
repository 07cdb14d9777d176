// Entry points of the front end: source text to the syntax tree of ast.ts. Errors are Python
// exceptions (SyntaxError, IndentationError, MemoryError for nesting too deep for the JS stack),
// never JS ones.
import type { Expr, Module } from "./ast.ts";
import { MemoryError, newException } from "./obj_exception.ts";
import { StmtParser } from "./parser_stmt.ts";

function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    // stack overflow from deep nesting (MicroPython's parser runs out of memory instead)
    if (e instanceof RangeError) throw newException(MemoryError, "memory allocation failed");
    throw e;
  }
}

/** Parses a module (file input); optLevel > 0 makes `__debug__` False. */
export function parse(source: string, file: string, optLevel = 0): Module {
  return guard(() => ({
    body: new StmtParser(source, file, 1, optLevel === 0).parseModule(),
    file,
  }));
}

/** Parses eval() input: a testlist followed only by newlines. */
export function parseEval(source: string, file: string): Expr {
  return guard(() => new StmtParser(source, file).parseEvalInput());
}
