// `@micropython.native` / `.viper` / `.bytecode` and `@micropython.asm_thumb` (also the port's
// asm_xtensa / asm_rv32) are compiler directives, not calls (compile.c compile_built_in_decorator).
// Detection lives here; emit_factory.ts decides what each kind compiles with.

import type { Expr } from "./ast.ts";
import { EMIT_KINDS, type EmitKind } from "./emit.ts";

/** `@micropython.<name>` for each emit kind. */
const DIRECTIVES: ReadonlyMap<string, EmitKind> = new Map(EMIT_KINDS.map((k) => [k, k]));

/** `a.b.c` as ["a", "b", "c"]; undefined for anything but names and attribute chains. */
export function dottedName(e: Expr): string[] | undefined {
  if (e.k === "name") return [e.id];
  if (e.k === "attr") {
    const base = dottedName(e.value);
    return base && [...base, e.attr];
  }
  return undefined;
}

/**
 * The emit kind named by a decorator written as a dotted name, e.g. ["micropython", "native"],
 * or undefined when it is an ordinary decorator. Decorators with call arguments never match.
 */
export function directiveOf(dotted: readonly string[]): EmitKind | undefined {
  if (dotted.length !== 2 || dotted[0] !== "micropython") return undefined;
  return DIRECTIVES.get(dotted[1]);
}
