// Runs the compiler passes over all scopes in MicroPython's order and assembles the module
// (docs/spec/bytecode.md §13.1): SCOPE for every scope (the list grows as children are met), then per scope
// STACK_SIZE, CODE_SIZE and EMIT, repeating EMIT until jump sizes settle. Each scope is compiled
// by the backend of its emit kind (compile.c mp_compile_to_raw_code).
import { createEmitterFactory } from "./emit_factory.ts";
import {
  type EmitResult,
  type Emitter,
  type EmitterFactory,
  type InlineAsmEmitter,
  isInlineAsmKind,
  Pass,
  type PassValue,
} from "./emit.ts";
import type { CompiledModule, RawCode } from "./raw_code.ts";
import { RawCodeKind } from "./raw_code.ts";
import type { Scope } from "./scope.ts";

/**
 * Emits one scope's body for one pass (the driver calls startPass/endPass around it). In the
 * SCOPE pass it declares names and appends newly met child scopes to the scope list.
 */
export type CompileBody = (scope: Scope, emitter: Emitter, pass: PassValue) => void;

/** An inline-assembler scope: checks in the SCOPE pass (returns undefined), machine code in the
 * EMIT pass. */
export type CompileAsm = (
  scope: Scope,
  asm: InlineAsmEmitter,
  pass: PassValue,
) => EmitResult | undefined;

export interface DriverOptions {
  optLevel?: number;
  smallIntBits?: number;
  /** The backends; by default bytecode only, with tables named after the file. */
  emitters?: EmitterFactory;
  /** Compiles the inline-assembler scopes (needed when some scope has an asm_* kind). */
  compileAsm?: CompileAsm;
  /** Native architecture code for the header when some raw code is machine code. */
  arch?: number;
  /** Also compile each @native function to bytecode (RawCode.twin), for a desktop run. */
  nativeTwins?: boolean;
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
  const emitters = options.emitters ??
    createEmitterFactory(fileName, { optLevel: options.optLevel });
  const inlineAsm = (scope: Scope): InlineAsmEmitter | undefined => {
    const kind = scope.emitKind;
    if (!isInlineAsmKind(kind)) return undefined;
    const asm = emitters.inlineAsm(kind);
    if (!asm || !options.compileAsm) throw new Error(`no inline assembler for ${kind}`);
    return asm;
  };
  const run = (scope: Scope, e: Emitter, pass: PassValue): boolean => {
    e.startPass(pass, scope);
    compileBody(scope, e, pass);
    return e.endPass();
  };
  if (scopes[0] !== moduleScope) scopes.unshift(moduleScope);
  // SCOPE passes (`scopes` grows while we iterate) go through the bytecode emitter whatever the
  // scope's kind, as in compile.c: they only record names (and intern qstrs in order).
  const scopeEmitter = emitters.emitter("bytecode");
  for (let i = 0; i < scopes.length; i++) {
    const asm = inlineAsm(scopes[i]);
    if (asm) options.compileAsm!(scopes[i], asm, Pass.SCOPE);
    else run(scopes[i], scopeEmitter, Pass.SCOPE);
  }
  for (const scope of scopes) scope.computeLocals();
  const emitWith = (scope: Scope, e: Emitter): EmitResult => {
    run(scope, e, Pass.STACK_SIZE);
    run(scope, e, Pass.CODE_SIZE);
    for (let n = 0; run(scope, e, Pass.EMIT) && n < MAX_EMIT_PASSES; n++);
    return e.finish();
  };
  const emitScope = (scope: Scope): EmitResult => {
    const asm = inlineAsm(scope);
    if (asm) return options.compileAsm!(scope, asm, Pass.EMIT)!;
    return emitWith(scope, emitters.emitter(scope.emitKind));
  };
  const raw = new Map<Scope, RawCode>();
  const childRefs = new Map<RawCode, Scope[]>();
  let native = false;
  for (const scope of scopes) {
    const { children, ...code } = emitScope(scope);
    const rc: RawCode = { ...code, children: [] };
    raw.set(scope, rc);
    childRefs.set(rc, children as Scope[]);
    if (code.kind !== RawCodeKind.BYTECODE) native = true;
    // The native code (compiled first, so its errors are the ones raised) stays for .mpy output;
    // the desktop runs the bytecode twin, which its JIT tier compiles.
    if (options.nativeTwins && scope.emitKind === "native" && code.kind === RawCodeKind.NATIVE_PY) {
      const { children: twinChildren, ...twin } = emitWith(scope, emitters.emitter("bytecode"));
      rc.twin = { ...twin, children: [], noTraceback: true };
      childRefs.set(rc.twin, twinChildren as Scope[]);
    }
  }
  // Link children in child-index order (dead-code MAKE_* included).
  for (const [rc, children] of childRefs) {
    for (const child of children) rc.children.push(raw.get(child)!);
  }
  return {
    qstrs: emitters.qstrs,
    constants: emitters.constants,
    rawCode: raw.get(moduleScope)!,
    arch: native ? options.arch ?? 0 : 0,
    smallIntBits: options.smallIntBits ?? 31,
  };
}
