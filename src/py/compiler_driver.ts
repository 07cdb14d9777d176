// Runs the compiler passes over all scopes in MicroPython's order and assembles the module
// (bytecode.md §13.1): SCOPE for every scope (the list grows as children are met), then per scope
// STACK_SIZE, CODE_SIZE and EMIT, repeating EMIT until jump sizes settle.
import { BytecodeEmitter } from "./emit_bc.ts";
import { ModuleTables } from "./emit_bc_tables.ts";
import { Pass, type PassValue } from "./emit.ts";
import type { CompiledModule, RawCode } from "./raw_code.ts";
import { RawCodeKind } from "./raw_code.ts";
import type { Scope } from "./scope.ts";

/**
 * Emits one scope's body for one pass (the driver calls startPass/endPass around it). In the
 * SCOPE pass it declares names and appends newly met child scopes to the scope list.
 */
export type CompileBody = (scope: Scope, emitter: BytecodeEmitter, pass: PassValue) => void;

export interface DriverOptions {
  optLevel?: number;
  smallIntBits?: number;
  /** Machine code for scopes that are not bytecode (asm_thumb functions), or undefined. Called
   * in scope order where mpy-cross runs such a scope's CODE_SIZE and EMIT passes. */
  assemble?: (scope: Scope) => RawCode | undefined;
  /** Scopes compiled by the inline assembler (known once their parent's SCOPE pass ran). */
  isAsm?: (scope: Scope) => boolean;
  /** Native architecture code for the header when some raw code is machine code. */
  arch?: number;
}

/** Hard stop for the EMIT fixpoint (sizes only shrink, so this is never reached in practice). */
const MAX_EMIT_PASSES = 64;

export function runPasses(
  fileName: string,
  moduleScope: Scope,
  scopes: Scope[],
  compileBody: CompileBody,
  options: DriverOptions = {},
): CompiledModule {
  const tables = new ModuleTables(fileName);
  const emitters = new Map<Scope, BytecodeEmitter>();
  if (scopes[0] !== moduleScope) scopes.unshift(moduleScope);
  // SCOPE passes: `scopes` grows while we iterate.
  for (let i = 0; i < scopes.length; i++) {
    const e = new BytecodeEmitter(tables, { optLevel: options.optLevel });
    emitters.set(scopes[i], e);
    if (options.isAsm?.(scopes[i])) {
      // Inline assembler scopes never reach the bytecode emitter (no qstrs recorded).
      compileBody(scopes[i], e, Pass.SCOPE);
      continue;
    }
    e.startPass(Pass.SCOPE, scopes[i]);
    compileBody(scopes[i], e, Pass.SCOPE);
    e.endPass();
  }
  for (const scope of scopes) scope.computeLocals();
  const run = (scope: Scope, e: BytecodeEmitter, pass: PassValue): boolean => {
    e.startPass(pass, scope);
    compileBody(scope, e, pass);
    return e.endPass();
  };
  const raw = new Map<Scope, RawCode>();
  const childRefs = new Map<Scope, Scope[]>();
  let native = false;
  for (const scope of scopes) {
    const asm = options.assemble?.(scope);
    if (asm) {
      raw.set(scope, asm);
      childRefs.set(scope, []);
      native = true;
      continue;
    }
    const e = emitters.get(scope)!;
    run(scope, e, Pass.STACK_SIZE);
    run(scope, e, Pass.CODE_SIZE);
    for (let n = 0; run(scope, e, Pass.EMIT) && n < MAX_EMIT_PASSES; n++);
    const { data, children } = e.finish();
    raw.set(scope, { kind: RawCodeKind.BYTECODE, data, children: [] });
    childRefs.set(scope, children as Scope[]);
  }
  // Link children in child-index order (dead-code MAKE_* included).
  for (const scope of scopes) {
    const rc = raw.get(scope)!;
    for (const child of childRefs.get(scope)!) rc.children.push(raw.get(child)!);
  }
  return {
    qstrs: tables.qstrs,
    constants: tables.constants,
    rawCode: raw.get(moduleScope)!,
    arch: native ? options.arch ?? 0 : 0,
    smallIntBits: options.smallIntBits ?? 31,
  };
}
