// The compiler ↔ backend contract, one method per bytecode-level operation (as py/emit.h).
// The bytecode emitter (emit_bc.ts) implements it; native / JS emitters plug in beside it. The
// compiler sees only these interfaces: emit_factory.ts picks the backend of each scope.
import type { FunctionDef } from "./ast.ts";
import type { PyConst, RawCode } from "./raw_code.ts";

/** How a scope is compiled (MicroPython's MP_EMIT_OPT_*): set by a `@micropython.<kind>`
 * decorator, else inherited from the enclosing scope, the module taking the `emit` option. */
export const EMIT_KINDS = [
  "bytecode",
  "native",
  "viper",
  "asm_thumb",
  "asm_xtensa",
  "asm_rv32",
] as const;
export type EmitKind = typeof EMIT_KINDS[number];

/** The kinds a whole module can default to (`-X emit=`). */
export const MODULE_EMIT_KINDS = ["bytecode", "native", "viper"] as const;
export type ModuleEmitKind = typeof MODULE_EMIT_KINDS[number];

/** Kinds whose functions are written in assembler (compiled by an InlineAsmEmitter). */
export type InlineAsmKind = Extract<EmitKind, `asm_${string}`>;
export function isInlineAsmKind(kind: EmitKind): kind is InlineAsmKind {
  return kind.startsWith("asm_");
}

/** Compiler passes (py/compile.c): SCOPE, then per scope STACK_SIZE, CODE_SIZE, EMIT (repeated). */
export const Pass = { SCOPE: 1, STACK_SIZE: 2, CODE_SIZE: 3, EMIT: 4 } as const;
export type PassValue = typeof Pass[keyof typeof Pass];

/** Where a name lives: fast local slot or cell (for locals); locals dict or globals (for names). */
export type LocalKind = "fast" | "deref";
export type GlobalKind = "name" | "global";
/** Load / store / delete, for subscripts and attributes. */
export type AccessKind = "load" | "store" | "delete";
export type ImportKind = "name" | "from" | "star";
export type ConstToken = "none" | "false" | "true" | "ellipsis";
export type SetupKind = "with" | "except" | "finally";
export type BuildKind = "tuple" | "list" | "map" | "set" | "slice";
/** Comprehension store kinds (STORE_COMP operand low bits: list 0, map 1, set 2). */
export type CompKind = "list" | "map" | "set";
export type YieldKind = "value" | "from";

/** Opaque handle for a child scope; the emitter records it at its child index. */
export type ChildRef = object;

/** What the emitter needs to know about the scope being compiled (filled by scope analysis). */
export interface EmitScope {
  simpleName: string;
  /** Names of the n_pos_args + n_kwonly_args argument slots ("*" for non-parameters). */
  argNames: readonly string[];
  scopeFlags: number;
  nPosArgs: number;
  nKwonlyArgs: number;
  nDefPosArgs: number;
  numLocals: number;
  /** Local numbers turned into cells at entry, in the scope's identifier order. */
  cellLocals: readonly number[];
  /** Maximum nesting of SETUP_* blocks, computed by the compiler. */
  excStackSize: number;
  /** Set by the emitter at the end of the STACK_SIZE pass. */
  stackSize: number;
}

/** Result of finishing a scope: its raw code (kind, function data and, for machine code, the
 * signature fields), with the children as child refs in child-index order. */
export interface EmitResult
  extends Pick<RawCode, "kind" | "data" | "preludeOffset" | "scopeFlags" | "nPosArgs" | "typeSig"> {
  children: ChildRef[];
}

export interface Emitter {
  startPass(pass: PassValue, scope: EmitScope): void;
  /** Ends a pass; returns true when an EMIT pass changed code size so EMIT must run again. */
  endPass(): boolean;
  finish(): EmitResult;
  lastEmitWasReturnValue(): boolean;
  adjustStackSize(delta: number): void;
  setSourceLine(line: number): void;
  /** A statement of a list of several (or a whole scope body) was compiled: the line a pending
   * compile error takes if it has none yet. True when an error is pending: the rest of the list
   * is then not compiled (compile.c compile_generic_all_nodes). */
  statementDone?(line: number): boolean;

  labelAssign(label: number): void;

  loadLocal(name: string, localNum: number, kind: LocalKind): void;
  loadGlobal(name: string, kind: GlobalKind): void;
  storeLocal(name: string, localNum: number, kind: LocalKind): void;
  storeGlobal(name: string, kind: GlobalKind): void;
  deleteLocal(name: string, localNum: number, kind: LocalKind): void;
  deleteGlobal(name: string, kind: GlobalKind): void;

  importOp(name: string, kind: ImportKind): void;
  loadConstTok(tok: ConstToken): void;
  loadConstSmallInt(value: number): void;
  loadConstStr(s: string): void;
  loadConstObj(obj: PyConst): void;
  loadNull(): void;
  loadMethod(name: string, isSuper: boolean): void;
  loadBuildClass(): void;
  subscr(kind: AccessKind): void;
  attr(name: string, kind: AccessKind): void;

  dupTop(): void;
  dupTopTwo(): void;
  popTop(): void;
  rotTwo(): void;
  rotThree(): void;

  jump(label: number): void;
  popJumpIf(cond: boolean, label: number): void;
  jumpIfOrPop(cond: boolean, label: number): void;
  /** break/continue out of `exceptDepth` handler levels (and a for-iterator when breakFromFor). */
  unwindJump(label: number, exceptDepth: number, breakFromFor: boolean): void;
  setupBlock(label: number, kind: SetupKind): void;
  withCleanup(label: number): void;
  endFinally(): void;
  getIter(useStack: boolean): void;
  forIter(label: number): void;
  forIterEnd(): void;
  popExceptJump(label: number, withinExcBlock: boolean): void;

  /** Unary op number (bytecode.ts UnaryOp, 0-3). */
  unaryOp(op: number): void;
  /** Binary op number (bytecode.ts BinaryOp); NOT_IN (50) and IS_NOT (51) emit op + NOT. */
  binaryOp(op: number): void;

  build(n: number, kind: BuildKind): void;
  storeMap(): void;
  storeComp(kind: CompKind, stackIndex: number): void;
  unpackSequence(n: number): void;
  unpackEx(nLeft: number, nRight: number): void;

  makeFunction(child: ChildRef, nPosDefaults: number, nKwDefaults: number): void;
  makeClosure(
    child: ChildRef,
    nClosedOver: number,
    nPosDefaults: number,
    nKwDefaults: number,
  ): void;
  callFunction(nPositional: number, nKeyword: number, starFlags: number): void;
  callMethod(nPositional: number, nKeyword: number, starFlags: number): void;

  returnValue(): void;
  raiseVarargs(nArgs: number): void;
  yieldOp(kind: YieldKind): void;
  startExceptHandler(): void;
  endExceptHandler(): void;
}

/**
 * The backend of an inline-assembler scope (py/emit.h emit_inline_asm_t). Its body is a list of
 * instruction calls, so it works on the function's syntax tree rather than per operation.
 * Errors are AsmError (emitter/asm_types.ts) carrying MicroPython's message and source line.
 */
export interface InlineAsmEmitter {
  /** SCOPE pass: checks the statements' shape and the return annotation. */
  check(fn: FunctionDef): void;
  /** CODE_SIZE and EMIT passes: the machine code as a raw code without children. */
  assemble(fn: FunctionDef): EmitResult;
}

/** Makes the backend of each scope from its emit kind (compile.c's switch on emit_options). All
 * emitters of one module share its qstr and constant tables. */
export interface EmitterFactory {
  /** The module's qstr table (index 0 the file name) and constant table, in first-use order. */
  readonly qstrs: string[];
  readonly constants: PyConst[];
  /** The compile error for a `@micropython.<kind>` this build cannot compile, else undefined. */
  unsupported(kind: EmitKind): string | undefined;
  /** A new emitter for one scope of `kind` (not an inline-assembler kind). */
  emitter(kind: EmitKind): Emitter;
  /** The inline assembler for an asm kind, undefined when the build has none for it. */
  inlineAsm(kind: InlineAsmKind): InlineAsmEmitter | undefined;
}
