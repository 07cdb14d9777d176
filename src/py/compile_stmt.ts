// Statements (py/compile.c): assignment forms, del, if/while/for, imports, global/nonlocal,
// return/raise/assert. Every statement records its line first, as compile_node does.
import type { Expr, ForStmt, IfStmt, Stmt } from "./ast.ts";
import { BinaryOp } from "./bytecode.ts";
import type { Compiler } from "./compile_core.ts";
import { binOpNumber, type CExpr, isConstBool } from "./compile_prep.ts";
import { compileCondJump, compileExpr, compileTargetBase } from "./compile_expr.ts";
import { compileClassDef, compileFunctionDef } from "./compile_func.ts";
import { compileAsyncFor, compileBreakContinue, compileTry, compileWith } from "./compile_try.ts";

export function compileStmts(c: Compiler, list: Stmt[]): void {
  // MicroPython's parse tree has a list node only for two or more statements; after each of its
  // statements a pending native-code error gets that statement's line and ends the list (so
  // later errors do not replace its message)
  const several = list.length >= 2;
  for (const s of list) {
    compileStmt(c, s);
    if (several && c.e.statementDone?.(s.line)) return;
  }
}

const INPLACE_BASE = BinaryOp.INPLACE_OR - BinaryOp.OR;

export function compileStmt(c: Compiler, s: Stmt): void {
  if (s.line > 0) c.e.setSourceLine(s.line);
  switch (s.k) {
    case "expr":
      compileExpr(c, s.value);
      c.e.popTop();
      return;
    case "assign":
      return compileAssignStmt(c, s.targets, s.value);
    case "augassign":
      return compileAugAssign(c, s.target, binOpNumber(s.op) + INPLACE_BASE, s.value, s.line);
    case "annassign":
      if (s.value) return compileAssignStmt(c, [s.target], s.value);
      if (c.scopePass && c.scope.kind === "function" && s.target.k === "name") {
        c.scope.findOrAdd(s.target.id, "local");
      }
      return;
    case "del":
      for (const t of s.targets) compileDel(c, t, s.line);
      return;
    case "pass":
      return;
    case "break":
    case "continue":
      return compileBreakContinue(c, s.k, s.line);
    case "return":
      return compileReturn(c, s.value as CExpr | undefined, s.line);
    case "raise":
      if (!s.exc) return c.e.raiseVarargs(0);
      compileExpr(c, s.exc);
      if (!s.cause) return c.e.raiseVarargs(1);
      compileExpr(c, s.cause);
      return c.e.raiseVarargs(2);
    case "global":
    case "nonlocal":
      return compileGlobal(c, s.k === "global", s.names, s.line);
    case "import":
      for (const a of s.names) {
        c.e.loadConstSmallInt(0);
        c.e.loadConstTok("none");
        const parts = a.name.split(".");
        c.e.importOp(a.name, "name");
        if (a.asname) {
          for (const p of parts.slice(1)) c.e.attr(p, "load");
          c.storeId(a.asname);
        } else {
          c.storeId(parts[0]);
        }
      }
      return;
    case "importfrom":
      return compileImportFrom(c, s);
    case "if":
      return compileIf(c, s);
    case "while":
      return compileWhile(c, s.test, s.body, s.orelse);
    case "for":
      if (s.isAsync) return compileAsyncFor(c, s);
      return compileFor(c, s);
    case "try":
      return compileTry(c, s);
    case "with":
      return compileWith(c, s);
    case "funcdef":
      return compileFunctionDef(c, s);
    case "classdef":
      return compileClassDef(c, s);
    case "assert": {
      if (c.optLevel !== 0) return;
      const end = c.label();
      compileCondJump(c, s.test, true, end);
      c.e.loadGlobal("AssertionError", "global");
      if (s.msg) {
        compileExpr(c, s.msg);
        c.e.callFunction(1, 0, 0);
      }
      c.e.raiseVarargs(1);
      c.e.labelAssign(end);
      return;
    }
  }
}

function compileAssignStmt(c: Compiler, targets: Expr[], value: Expr): void {
  if (targets.length === 1) {
    const t = targets[0];
    const v = value as CExpr;
    // a, b = x, y (and 3 items): ROT_TWO / ROT_THREE instead of a tuple.
    if (
      t.k === "tuple" && v.k === "tuple" && t.elts.length === v.elts.length &&
      (t.elts.length === 2 || t.elts.length === 3) && t.elts.every((x) => x.k !== "starred")
    ) {
      compileExpr(c, v.elts[0]);
      compileExpr(c, v.elts[1]);
      if (t.elts.length === 3) {
        compileExpr(c, v.elts[2]);
        c.e.rotThree();
      }
      c.e.rotTwo();
      for (const x of t.elts) compileAssign(c, x);
      return;
    }
    compileExpr(c, v);
    compileAssign(c, t);
    return;
  }
  compileExpr(c, value);
  targets.forEach((t, i) => {
    if (i + 1 < targets.length) c.e.dupTop();
    compileAssign(c, t);
  });
}

/** c_assign with ASSIGN_STORE: the value is on the stack. */
export function compileAssign(c: Compiler, t: Expr): void {
  switch (t.k) {
    case "name":
      return c.storeId(t.id);
    case "attr":
      compileTargetBase(c, t.value);
      return c.e.attr(t.attr, "store");
    case "subscript":
      compileTargetBase(c, t.value);
      compileExpr(c, t.index);
      return c.e.subscr("store");
    case "tuple":
    case "list": {
      // `() = x` is refused, `[] = x` unpacks nothing (compile.c c_assign).
      if (t.k === "tuple" && t.elts.length === 0) {
        throw c.error("can't assign to expression", t.line);
      }
      let star = -1;
      t.elts.forEach((x, i) => {
        if (x.k !== "starred") return;
        if (star >= 0) throw c.error("multiple *x in assignment", x.line);
        star = i;
      });
      if (star >= 0) c.e.unpackEx(star, t.elts.length - star - 1);
      else c.e.unpackSequence(t.elts.length);
      for (const x of t.elts) compileAssign(c, x.k === "starred" ? x.value : x);
      return;
    }
    default:
      throw c.error("can't assign to expression", t.line);
  }
}

function compileAugAssign(c: Compiler, t: Expr, op: number, value: Expr, line: number): void {
  switch (t.k) {
    case "name":
      c.loadId(t.id);
      compileExpr(c, value);
      c.e.binaryOp(op);
      return c.storeId(t.id);
    case "attr":
      compileTargetBase(c, t.value);
      c.e.dupTop();
      c.e.attr(t.attr, "load");
      compileExpr(c, value);
      c.e.binaryOp(op);
      c.e.rotTwo();
      return c.e.attr(t.attr, "store");
    case "subscript":
      compileTargetBase(c, t.value);
      compileExpr(c, t.index);
      c.e.dupTopTwo();
      c.e.subscr("load");
      compileExpr(c, value);
      c.e.binaryOp(op);
      c.e.rotThree();
      return c.e.subscr("store");
    default:
      throw c.error("can't assign to expression", line);
  }
}

function compileDel(c: Compiler, t: Expr, line: number): void {
  switch (t.k) {
    case "name":
      return c.deleteId(t.id);
    case "attr":
      compileTargetBase(c, t.value);
      return c.e.attr(t.attr, "delete");
    case "subscript":
      compileTargetBase(c, t.value);
      compileExpr(c, t.index);
      return c.e.subscr("delete");
    case "tuple":
      // Only a non-empty tuple of targets: `del ()` and `del [a]` are refused (c_del_stmt).
      if (t.elts.length === 0) throw c.error("can't delete expression", line);
      for (const x of t.elts) compileDel(c, x, line);
      return;
    default:
      throw c.error("can't delete expression", line);
  }
}

function compileReturn(c: Compiler, v: CExpr | undefined, line: number): void {
  if (c.scope.kind !== "function" && !c.evalInput) {
    throw c.error("'return' outside function", line);
  }
  if (!v) {
    c.e.loadConstTok("none");
  } else if (v.k === "ifexp") {
    // return a if c else b: two returns instead of a jump (MICROPY_COMP_RETURN_IF_EXPR).
    const fail = c.label();
    compileCondJump(c, v.test, false, fail);
    compileExpr(c, v.body);
    c.e.returnValue();
    c.e.labelAssign(fail);
    compileExpr(c, v.orelse);
  } else {
    compileExpr(c, v);
  }
  c.e.returnValue();
}

function compileGlobal(c: Compiler, isGlobal: boolean, names: string[], line: number): void {
  if (!c.scopePass) return;
  if (!isGlobal && c.scope.kind === "module") {
    throw c.error("can't declare nonlocal in outer code", line);
  }
  for (const n of names) {
    const { id } = c.scope.findOrAdd(n, "undecided");
    if (isGlobal) c.declareGlobal(id, line);
    else c.declareNonlocal(id, line);
  }
}

function compileImportFrom(c: Compiler, s: Stmt & { k: "importfrom" }): void {
  if (s.names === "*") {
    if (c.scope.kind !== "module") throw c.error("import * not at module level", s.line);
    c.e.loadConstSmallInt(s.level);
    c.e.loadConstStr("*");
    c.e.build(1, "tuple");
    c.e.importOp(s.module ?? "", "name");
    c.e.importOp("", "star");
    return;
  }
  c.e.loadConstSmallInt(s.level);
  for (const a of s.names) c.e.loadConstStr(a.name);
  c.e.build(s.names.length, "tuple");
  c.e.importOp(s.module ?? "", "name");
  for (const a of s.names) {
    c.e.importOp(a.name, "from");
    c.storeId(a.asname ?? a.name);
  }
  c.e.popTop();
}

/** if/elif/else: an else holding just an `if` is treated as elif (compile_if_stmt). */
function compileIf(c: Compiler, s: IfStmt): void {
  const end = c.label();
  const clauses: [Expr, Stmt[]][] = [[s.test, s.body]];
  let orelse = s.orelse;
  while (orelse.length === 1 && orelse[0].k === "if") {
    const elif: IfStmt = orelse[0];
    clauses.push([elif.test, elif.body]);
    orelse = elif.orelse;
  }
  for (let i = 0; i < clauses.length; i++) {
    const [test, body] = clauses[i];
    if (isConstBool(test, false)) continue;
    const fail = c.label();
    compileCondJump(c, test, false, fail);
    compileStmts(c, body);
    if (isConstBool(test, true)) {
      c.e.labelAssign(end);
      return;
    }
    if (i > 0 || clauses.length > 1 || orelse.length > 0) c.e.jump(end);
    c.e.labelAssign(fail);
  }
  compileStmts(c, orelse);
  c.e.labelAssign(end);
}

function compileWhile(c: Compiler, test: Expr, body: Stmt[], orelse: Stmt[]): void {
  const brk = c.label();
  const cont = c.label();
  const restore = c.startLoop(brk, cont, false);
  if (!isConstBool(test, false)) {
    const top = c.label();
    if (!isConstBool(test, true)) c.e.jump(cont);
    c.e.labelAssign(top);
    compileStmts(c, body);
    c.e.labelAssign(cont);
    compileCondJump(c, test, true, top);
  }
  restore();
  compileStmts(c, orelse);
  c.e.labelAssign(brk);
}

function smallInt(e: CExpr): number | undefined {
  return e.k === "const" && e.value.kind === "int" ? Number(e.value.value) : undefined;
}

function rangeArgs(s: ForStmt): [CExpr, CExpr, CExpr] | undefined {
  const it = s.iter as CExpr;
  if (s.target.k !== "name" || it.k !== "call" || it.func.k !== "name") return undefined;
  if (it.func.id !== "range" || it.keywords.length > 0) return undefined;
  const a = it.args as CExpr[];
  if (a.length < 1 || a.length > 3 || a.some((x) => x.k === "starred")) return undefined;
  const zero: CExpr = { k: "const", value: { kind: "int", value: 0n }, line: 0 };
  const one: CExpr = { k: "const", value: { kind: "int", value: 1n }, line: 0 };
  if (a.length === 1) return [zero, a[0], one];
  if (a.length === 2) return [a[0], a[1], one];
  const step = smallInt(a[2]);
  if (step === undefined || step === 0) return undefined;
  return [a[0], a[1], a[2]];
}

function compileFor(c: Compiler, s: ForStmt): void {
  const range = rangeArgs(s);
  if (range) return compileForRange(c, s, ...range);
  const brk = c.label();
  const cont = c.label();
  const restore = c.startLoop(brk, cont, true);
  const pop = c.label();
  compileExpr(c, s.iter);
  c.e.getIter(true);
  c.e.labelAssign(cont);
  c.e.forIter(pop);
  compileAssign(c, s.target);
  compileStmts(c, s.body);
  c.e.jump(cont);
  c.e.labelAssign(pop);
  c.e.forIterEnd();
  restore();
  compileStmts(c, s.orelse);
  c.e.labelAssign(brk);
}

function compileForRange(c: Compiler, s: ForStmt, start: CExpr, end: CExpr, step: CExpr): void {
  const brk = c.label();
  const cont = c.label();
  const restore = c.startLoop(brk, cont, false);
  const top = c.label();
  const entry = c.label();
  const endOnStack = smallInt(end) === undefined;
  if (endOnStack) compileExpr(c, end);
  compileExpr(c, start);
  c.e.jump(entry);
  c.e.labelAssign(top);
  c.e.dupTop();
  compileAssign(c, s.target);
  compileStmts(c, s.body);
  c.e.labelAssign(cont);
  compileExpr(c, step);
  c.e.binaryOp(BinaryOp.INPLACE_ADD);
  c.e.labelAssign(entry);
  if (endOnStack) {
    c.e.dupTopTwo();
    c.e.rotTwo();
  } else {
    c.e.dupTop();
    compileExpr(c, end);
  }
  c.e.binaryOp(smallInt(step)! >= 0 ? BinaryOp.LESS : BinaryOp.MORE);
  c.e.popJumpIf(true, top);
  restore();
  let endLabel = 0;
  if (s.orelse.length > 0) {
    c.e.popTop();
    if (endOnStack) c.e.popTop();
    compileStmts(c, s.orelse);
    endLabel = c.label();
    c.e.jump(endLabel);
    c.e.adjustStackSize(1 + (endOnStack ? 1 : 0));
  }
  c.e.labelAssign(brk);
  c.e.popTop();
  if (endOnStack) c.e.popTop();
  if (s.orelse.length > 0) c.e.labelAssign(endLabel);
}
