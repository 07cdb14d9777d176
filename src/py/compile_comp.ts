// Comprehensions and generator expressions: the call site in the enclosing scope and the body
// of the comprehension's own scope (compile.c compile_comprehension / compile_scope_comp_iter).
import type { Comprehension, DictComp, ListComp } from "./ast.ts";
import type { Compiler } from "./compile_core.ts";
import { closeOverVariables } from "./compile_func.ts";
import { compileCondJump, compileExpr } from "./compile_expr.ts";
import { compileAssign } from "./compile_stmt.ts";
import type { ScopeKind } from "./scope.ts";

const KIND: Record<string, [ScopeKind, string]> = {
  listcomp: ["listcomp", "<listcomp>"],
  setcomp: ["setcomp", "<setcomp>"],
  genexp: ["genexpr", "<genexpr>"],
  dictcomp: ["dictcomp", "<dictcomp>"],
};

export function compileComprehension(c: Compiler, e: ListComp | DictComp): void {
  const [kind, name] = KIND[e.k];
  const scope = c.childScope(e, kind, name);
  closeOverVariables(c, scope, 0, 0);
  compileExpr(c, e.generators[0].iter);
  if (kind === "genexpr") c.e.getIter(false);
  c.e.callFunction(1, 0, 0);
}

/** The body of a comprehension scope; its one argument is the outermost iterable. */
export function compileCompScope(c: Compiler, e: ListComp | DictComp): void {
  const scope = c.scope;
  if (c.scopePass) {
    scope.findOrAdd("", "local");
    scope.nPosArgs = 1;
  }
  c.e.setSourceLine(e.line);
  if (scope.kind === "listcomp") c.e.build(0, "list");
  else if (scope.kind === "dictcomp") c.e.build(0, "map");
  else if (scope.kind === "setcomp") c.e.build(0, "set");
  if (scope.kind === "genexpr") {
    c.e.loadNull();
    c.loadId("");
    c.e.loadNull();
    c.e.loadNull();
  } else {
    c.loadId("");
    c.e.getIter(true);
  }
  compileCompIter(c, e, e.generators, 0);
  if (scope.kind === "genexpr") c.e.loadConstTok("none");
  c.e.returnValue();
}

function compileCompIter(
  c: Compiler,
  e: ListComp | DictComp,
  gens: Comprehension[],
  depth: number,
) {
  const gen = gens[depth];
  const top = c.label();
  const end = c.label();
  c.e.labelAssign(top);
  c.e.forIter(end);
  compileAssign(c, gen.target);
  for (const cond of gen.ifs) compileCondJump(c, cond, false, top);
  if (depth + 1 < gens.length) {
    compileExpr(c, gens[depth + 1].iter);
    c.e.getIter(true);
    compileCompIter(c, e, gens, depth + 1);
  } else if (e.k === "dictcomp") {
    c.e.setSourceLine(e.key.line);
    compileExpr(c, e.value);
    compileExpr(c, e.key);
    c.e.storeComp("map", 4 * depth + 5);
  } else {
    compileExpr(c, e.elt);
    if (c.scope.kind === "genexpr") {
      c.e.yieldOp("value");
      c.e.popTop();
    } else {
      c.e.storeComp(c.scope.kind === "listcomp" ? "list" : "set", 4 * depth + 5);
    }
  }
  c.e.jump(top);
  c.e.labelAssign(end);
  c.e.forIterEnd();
}
