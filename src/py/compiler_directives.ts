// `@micropython.native` / `.viper` / `.bytecode` and `@micropython.asm_thumb` (also the port's
// asm_xtensa / asm_rv32) are compiler directives, not calls (compile.c compile_built_in_decorator).
// Detection lives here so the native emitters plug in at one place later.

import type { Expr } from "./ast.ts";

export type EmitKind = "bytecode" | "native" | "viper" | "asm_thumb" | "asm_xtensa" | "asm_rv32";

const DIRECTIVES: ReadonlyMap<string, EmitKind> = new Map([
  ["bytecode", "bytecode"],
  ["native", "native"],
  ["viper", "viper"],
  ["asm_thumb", "asm_thumb"],
  ["asm_xtensa", "asm_xtensa"],
  ["asm_rv32", "asm_rv32"],
]);

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

/** Message for emit kinds this build cannot compile yet (raised as a compile-time error). */
export function unsupportedDirective(kind: EmitKind): string | undefined {
  return kind === "bytecode" || kind === "native" ? undefined : `${kind} not supported yet`;
}
