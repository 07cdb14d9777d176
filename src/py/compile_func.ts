// Functions, lambdas and classes: defaults, closures and decorators at the definition site, and
// the body of each kind of scope (compile.c compile_funcdef_lambdef, close_over_variables_etc,
// compile_decorated, compile_scope).
import type { Arguments, ClassDef, Expr, FunctionDef } from "./ast.ts";
import { ScopeFlag } from "./bytecode.ts";
import { compileCompScope } from "./compile_comp.ts";
import type { Compiler } from "./compile_core.ts";
import { compileArgs, compileExpr } from "./compile_expr.ts";
import { compileStmts } from "./compile_stmt.ts";
import { directiveOf, dottedName } from "./compiler_directives.ts";
import {
  type EmitKind,
  type EmitResult,
  type InlineAsmEmitter,
  isInlineAsmKind,
  Pass,
  type PassValue,
} from "./emit.ts";
import { IdFlag, type Scope } from "./scope.ts";
import { AsmError } from "../../emitter/asm_types.ts";
import { ViperTypeError, vtypeFromName } from "../../emitter/emit_viper_types.ts";
import { syntaxError } from "./compile_error.ts";

/** Pushes the cells the child closes over, then makes the function or closure. */
export function closeOverVariables(c: Compiler, child: Scope, nPos: number, nKw: number): void {
  if (nKw > 0) child.scopeFlags |= ScopeFlag.DEFKWARGS;
  child.nDefPosArgs = nPos;
  // The new function keeps the current globals: native code must swap them in (compile.c).
  c.scope.scopeFlags |= ScopeFlag.REFGLOBALS;
  let nFree = 0;
  if (c.scope.kind !== "module") {
    for (const id of c.scope.ids) {
      if (id.kind !== "cell" && id.kind !== "free") continue;
      for (const id2 of child.ids) {
        if (id2.kind === "free" && id2.name === id.name) {
          c.e.loadLocal(id.name, id.localNum, "fast");
          nFree++;
        }
      }
    }
  }
  if (nFree === 0) c.e.makeFunction(child, nPos, nKw);
  else c.e.makeClosure(child, nFree, nPos, nKw);
}

/** Evaluates positional defaults (a tuple) and keyword-only defaults (a dict), then makes it. */
export function compileFuncDefaults(c: Compiler, scope: Scope, a: Arguments, _line: number): void {
  let nDefault = 0;
  let nDict = 0;
  for (const d of a.defaults) {
    nDefault++;
    compileExpr(c, d);
  }
  a.kwonly.forEach((arg, i) => {
    const d = a.kwDefaults[i];
    if (!d) return;
    nDict++;
    if (nDict === 1) {
      if (nDefault > 0) c.e.build(nDefault, "tuple");
      else c.e.loadNull();
      c.e.build(0, "map");
    }
    compileExpr(c, d);
    c.e.loadConstStr(arg.name);
    c.e.storeMap();
  });
  if (nDefault > 0 && nDict === 0) {
    c.e.build(nDefault, "tuple");
    c.e.loadNull();
  }
  closeOverVariables(c, scope, nDefault, nDict);
}

/** An inline-assembler scope (compile.c compile_scope_inline_asm): the SCOPE pass checks the
 * body's shape, the EMIT pass returns the machine code. Assembler errors become SyntaxErrors. */
export function compileInlineAsmScope(
  c: Compiler,
  scope: Scope,
  asm: InlineAsmEmitter,
  pass: PassValue,
): EmitResult | undefined {
  const node = c.nodeOf.get(scope) as FunctionDef;
  c.scope = scope;
  c.pass = pass;
  try {
    if (pass !== Pass.SCOPE) return asm.assemble(node);
    asm.check(node);
    return undefined;
  } catch (e) {
    if (e instanceof AsmError) throw c.error(e.message, e.line);
    throw e;
  }
}

/** Compiles ordinary decorators; returns how many there are and the emit kind a
 * `@micropython.<kind>` decorator asks for (undefined: the enclosing scope's). */
function compileDecorators(
  c: Compiler,
  decorators: Expr[],
  line: number,
): [number, EmitKind | undefined] {
  let n = 0;
  let kind: EmitKind | undefined;
  for (const d of decorators) {
    const dotted = dottedName(d);
    if (dotted && dotted[0] === "micropython") {
      const k = directiveOf(dotted);
      if (!k) throw c.error("invalid micropython decorator", line);
      const msg = c.emitters.unsupported(k);
      if (msg) throw c.error(msg, line);
      kind = k;
      continue;
    }
    n++;
    if (d.k === "call" && dottedName(d.func)) {
      // @a.b(args): a dotted name then a plain call (the decorator grammar rule).
      compileDotted(c, d.func);
      c.e.setSourceLine(d.line);
      compileArgs(c, d.args, d.keywords, false, 0);
    } else if (dottedName(d)) {
      compileDotted(c, d);
    } else {
      compileExpr(c, d);
    }
  }
  return [n, kind];
}

function compileDotted(c: Compiler, e: Expr): void {
  if (e.k === "attr") {
    compileDotted(c, e.value);
    c.e.attr(e.attr, "load");
  } else if (e.k === "name") {
    c.loadId(e.id);
  }
}

export function compileFunctionDef(c: Compiler, s: FunctionDef): void {
  const [nDeco, kind] = compileDecorators(c, s.decorators, s.line);
  const scope = c.childScope(s, "function", s.name);
  if (kind) scope.emitKind = kind;
  compileFuncDefaults(c, scope, s.args, s.line);
  if (s.isAsync) scope.scopeFlags |= ScopeFlag.GENERATOR;
  for (let i = 0; i < nDeco; i++) c.e.callFunction(1, 0, 0);
  c.storeId(s.name);
}

export function compileClassDef(c: Compiler, s: ClassDef): void {
  const [nDeco, kind] = compileDecorators(c, s.decorators, s.line);
  const scope = c.childScope(s, "class", s.name);
  // A class body is never assembler: an asm_* decorator leaves it as it was (as before).
  if (kind && !isInlineAsmKind(kind)) scope.emitKind = kind;
  c.e.loadBuildClass();
  closeOverVariables(c, scope, 0, 0);
  c.e.loadConstStr(s.name);
  compileArgs(c, s.bases, s.keywords, false, 2);
  for (let i = 0; i < nDeco; i++) c.e.callFunction(1, 0, 0);
  c.storeId(s.name);
}

/** Declares parameters in the SCOPE pass (compile_scope_func_lambda_param). */
function declareParams(c: Compiler, a: Arguments): void {
  const s = c.scope;
  const add = (name: string, flags: number, line: number) => {
    const { id } = s.findOrAdd(name, "undecided");
    if (id.kind !== "undecided") throw c.error("argument name reused", line);
    id.kind = "local";
    id.flags = flags;
  };
  for (const arg of a.args) {
    s.nPosArgs++;
    add(arg.name, IdFlag.IS_PARAM, arg.line);
  }
  if (a.vararg) {
    s.scopeFlags |= ScopeFlag.VARARGS;
    add(a.vararg.name, IdFlag.IS_PARAM | IdFlag.IS_STAR_PARAM, a.vararg.line);
  }
  for (const arg of a.kwonly) {
    s.nKwonlyArgs++;
    add(arg.name, IdFlag.IS_PARAM, arg.line);
  }
  if (a.kwarg) {
    s.scopeFlags |= ScopeFlag.VARKEYWORDS;
    add(a.kwarg.name, IdFlag.IS_PARAM | IdFlag.IS_DBL_STAR_PARAM, a.kwarg.line);
  }
}

/** Viper: argument and return types from the annotations (compile.c
 * compile_scope_func_annotations); unknown names are a ViperTypeError (the last one reported). */
function declareViperTypes(c: Compiler, node: FunctionDef): void {
  let error: [string, number] | undefined;
  const typeOf = (ann: Expr): number => {
    if (ann.k !== "name") throw c.error("annotation must be an identifier", ann.line);
    const t = vtypeFromName(ann.id);
    if (t === undefined) error = [`unknown type '${ann.id}'`, ann.line];
    return t ?? 0;
  };
  const a = node.args;
  for (const arg of [...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonly, a.kwarg]) {
    if (arg?.annotation) c.scope.find(arg.name)!.viperType = typeOf(arg.annotation);
  }
  if (node.returns) c.scope.viperReturnType = typeOf(node.returns);
  if (error) throw syntaxError(c.file, error[1], error[0], c.scope.simpleName, ViperTypeError);
}

/** One pass over the current scope's body (compile.c compile_scope). */
export function compileScopeBody(c: Compiler): void {
  const node = c.nodeOf.get(c.scope)!;
  switch (node.k) {
    case "module":
      compileStmts(c, node.body);
      c.e.loadConstTok("none");
      c.e.returnValue();
      return;
    case "funcdef":
      if (c.scopePass) declareParams(c, node.args);
      if (c.scopePass && c.scope.emitKind === "viper") declareViperTypes(c, node);
      compileStmts(c, node.body);
      c.e.loadConstTok("none");
      c.e.returnValue();
      c.e.statementDone?.(node.defLine); // else an error is the def's (compile.c scope pn)
      return;
    case "lambda":
      c.e.setSourceLine(node.line);
      if (c.scopePass) declareParams(c, node.args);
      compileExpr(c, node.body);
      if (c.scope.scopeFlags & ScopeFlag.GENERATOR) {
        c.e.popTop();
        c.e.loadConstTok("none");
      }
      c.e.returnValue();
      return;
    case "classdef": {
      if (c.scopePass) c.scope.findOrAdd("__class__", "local");
      c.loadId("__name__");
      c.storeId("__module__");
      c.e.loadConstStr(node.name);
      c.storeId("__qualname__");
      compileStmts(c, node.body);
      const id = c.scope.find("__class__")!;
      if (id.kind === "local") c.e.loadConstTok("none");
      else c.e.loadLocal("__class__", id.localNum, "fast");
      c.e.returnValue();
      return;
    }
    default:
      compileCompScope(c, node);
  }
}
