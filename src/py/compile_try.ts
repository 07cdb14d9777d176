// Exception-handling statements: try/except/else/finally, with, async with, async for and
// break/continue across handlers (compile.c compile_try_*, compile_with_stmt_helper,
// compile_async_*). The stack adjustments mirror compile.c so n_state matches mpy-cross.
import type { ExceptHandler, ForStmt, Stmt, TryStmt, WithItem, WithStmt } from "./ast.ts";
import { BinaryOp } from "./bytecode.ts";
import { type Compiler, INVALID_LABEL } from "./compile_core.ts";
import { compileExpr, compileYieldFrom } from "./compile_expr.ts";
import { compileAssign, compileStmts } from "./compile_stmt.ts";

export function compileBreakContinue(c: Compiler, kind: "break" | "continue", line: number): void {
  const label = kind === "break" ? c.breakLabel : c.continueLabel;
  if (label === INVALID_LABEL) throw c.error("'break'/'continue' outside loop", line);
  c.e.unwindJump(label, c.curExceptLevel - c.bcExceptLevel, kind === "break" && c.breakFromFor);
}

export function compileTry(c: Compiler, s: TryStmt): void {
  if (s.finalbody.length > 0 || s.handlers.length === 0) {
    compileTryFinally(c, s);
  } else {
    compileTryExcept(c, s.body, s.handlers, s.orelse);
  }
}

function compileTryExcept(c: Compiler, body: Stmt[], handlers: ExceptHandler[], orelse: Stmt[]) {
  const l1 = c.label();
  const success = c.label();
  c.increaseExceptLevel(l1, "except");
  compileStmts(c, body);
  c.e.popExceptJump(success, false);
  c.e.labelAssign(l1);
  c.e.startExceptHandler();
  const l2 = c.label();
  handlers.forEach((h, i) => {
    const endFinally = c.label();
    if (!h.type) {
      if (i + 1 !== handlers.length) throw c.error("default 'except' must be last", h.line);
    } else {
      c.e.dupTop();
      compileExpr(c, h.type);
      c.e.binaryOp(BinaryOp.EXCEPTION_MATCH);
      c.e.popJumpIf(false, endFinally);
    }
    if (!h.name) c.e.popTop();
    else c.storeId(h.name);
    let l3 = 0;
    if (h.name) {
      // `except E as name`: name is deleted however the handler ends (a hidden finally).
      l3 = c.label();
      c.increaseExceptLevel(l3, "finally");
    }
    compileStmts(c, h.body);
    if (h.name) {
      c.e.loadConstTok("none");
      c.e.labelAssign(l3);
      c.e.adjustStackSize(1);
      c.e.loadConstTok("none");
      c.storeId(h.name);
      c.deleteId(h.name);
      c.e.adjustStackSize(-1);
      c.decreaseExceptLevel();
    }
    c.e.popExceptJump(l2, true);
    c.e.labelAssign(endFinally);
    c.e.adjustStackSize(1);
  });
  c.decreaseExceptLevel();
  c.e.endExceptHandler();
  c.e.labelAssign(success);
  compileStmts(c, orelse);
  c.e.labelAssign(l2);
}

function compileTryFinally(c: Compiler, s: TryStmt): void {
  const lFinally = c.label();
  c.increaseExceptLevel(lFinally, "finally");
  if (s.handlers.length === 0) {
    c.e.adjustStackSize(3);
    compileStmts(c, s.body);
    c.e.adjustStackSize(-3);
  } else {
    compileTryExcept(c, s.body, s.handlers, s.orelse);
  }
  c.e.loadConstTok("none");
  c.e.labelAssign(lFinally);
  c.e.adjustStackSize(1);
  compileStmts(c, s.finalbody);
  c.e.adjustStackSize(-1);
  c.decreaseExceptLevel();
}

export function compileWith(c: Compiler, s: WithStmt): void {
  if (s.isAsync) {
    if (!(c.scope.scopeFlags & 1)) throw c.error("async for/with outside async function", s.line);
    return compileAsyncWithItems(c, s.items, s.body);
  }
  compileWithItems(c, s.items, s.body);
}

function compileWithItems(c: Compiler, items: WithItem[], body: Stmt[]): void {
  if (items.length === 0) return compileStmts(c, body);
  const end = c.label();
  const [item, ...rest] = items;
  compileExpr(c, item.expr);
  c.increaseExceptLevel(end, "with");
  if (item.vars) compileAssign(c, item.vars);
  else c.e.popTop();
  compileWithItems(c, rest, body);
  c.e.withCleanup(end);
  c.decreaseExceptLevel();
}

function awaitMethod(c: Compiler, method: string): void {
  c.e.loadMethod(method, false);
  c.e.callMethod(0, 0, 0);
  compileYieldFrom(c);
}

function compileAsyncWithItems(c: Compiler, items: WithItem[], body: Stmt[]): void {
  if (items.length === 0) return compileStmts(c, body);
  const lFinally = c.label();
  const lNoExc = c.label();
  const lRetUnwind = c.label();
  const lEnd = c.label();
  const [item, ...rest] = items;
  compileExpr(c, item.expr);
  c.e.dupTop();
  awaitMethod(c, "__aenter__");
  if (item.vars) compileAssign(c, item.vars);
  else c.e.popTop();
  c.increaseExceptLevel(lFinally, "finally");
  c.e.adjustStackSize(3);
  compileAsyncWithItems(c, rest, body);
  c.e.adjustStackSize(-3);
  c.e.loadConstTok("none");
  c.e.rotTwo();
  c.e.jump(lNoExc);
  c.e.labelAssign(lFinally);
  c.e.dupTop();
  c.e.loadGlobal("BaseException", "global");
  c.e.binaryOp(BinaryOp.EXCEPTION_MATCH);
  c.e.popJumpIf(false, lRetUnwind);
  c.e.dupTop();
  c.e.rotThree();
  c.e.rotTwo();
  c.e.loadMethod("__aexit__", false);
  c.e.rotThree();
  c.e.rotThree();
  c.e.dupTop();
  c.e.attr("__class__", "load");
  c.e.rotTwo();
  c.e.loadConstTok("none");
  c.e.callMethod(3, 0, 0);
  compileYieldFrom(c);
  c.e.popJumpIf(false, lEnd);
  c.e.popTop();
  c.e.loadConstTok("none");
  c.e.jump(lEnd);
  c.e.adjustStackSize(2);
  c.e.labelAssign(lRetUnwind);
  c.e.rotThree();
  c.e.rotThree();
  c.e.labelAssign(lNoExc);
  c.e.loadMethod("__aexit__", false);
  c.e.loadConstTok("none");
  c.e.dupTop();
  c.e.dupTop();
  c.e.callMethod(3, 0, 0);
  compileYieldFrom(c);
  c.e.popTop();
  c.e.adjustStackSize(-1);
  c.e.labelAssign(lEnd);
  c.decreaseExceptLevel();
}

export function compileAsyncFor(c: Compiler, s: ForStmt): void {
  if (!(c.scope.scopeFlags & 1)) throw c.error("async for/with outside async function", s.line);
  const whileElse = c.label();
  const tryException = c.label();
  const tryElse = c.label();
  const tryFinally = c.label();
  compileExpr(c, s.iter);
  c.e.loadMethod("__aiter__", false);
  c.e.callMethod(0, 0, 0);
  const brk = c.label();
  const cont = c.label();
  const restore = c.startLoop(brk, cont, false);
  c.e.labelAssign(cont);
  c.increaseExceptLevel(tryException, "except");
  c.e.dupTop();
  awaitMethod(c, "__anext__");
  compileAssign(c, s.target);
  c.e.popExceptJump(tryElse, false);
  c.e.labelAssign(tryException);
  c.e.startExceptHandler();
  c.e.dupTop();
  c.e.loadGlobal("StopAsyncIteration", "global");
  c.e.binaryOp(BinaryOp.EXCEPTION_MATCH);
  c.e.popJumpIf(false, tryFinally);
  c.e.popTop();
  c.e.popExceptJump(whileElse, true);
  c.e.labelAssign(tryFinally);
  c.e.adjustStackSize(1);
  c.decreaseExceptLevel();
  c.e.endExceptHandler();
  c.e.labelAssign(tryElse);
  compileStmts(c, s.body);
  c.e.jump(cont);
  restore();
  c.e.labelAssign(whileElse);
  compileStmts(c, s.orelse);
  c.e.labelAssign(brk);
  c.e.popTop();
}
