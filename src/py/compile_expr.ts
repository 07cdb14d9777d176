// Expressions (py/compile.c compile_* for expression rules). Nodes that are parse-tree
// structs in MicroPython record their line; names and simple literals (leaves) do not.
import type { CmpOp, Expr, Keyword } from "./ast.ts";
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { binOpNumber, type CExpr, isConstBool } from "./compile_prep.ts";
import { type Compiler, isCompLike } from "./compile_core.ts";
import { compileComprehension } from "./compile_comp.ts";
import { compileFuncDefaults } from "./compile_func.ts";

const CMP_OP: Record<CmpOp, number> = {
  "<": BinaryOp.LESS,
  ">": BinaryOp.MORE,
  "==": BinaryOp.EQUAL,
  "<=": BinaryOp.LESS_EQUAL,
  ">=": BinaryOp.MORE_EQUAL,
  "!=": BinaryOp.NOT_EQUAL,
  "in": BinaryOp.IN,
  "is": BinaryOp.IS,
  "not in": BinaryOp.NOT_IN,
  "is not": BinaryOp.IS_NOT,
};

export function isLeaf(e: CExpr): boolean {
  return e.k === "name" || e.k === "const" || (e.k === "constobj" && e.line === 0);
}

export function compileExpr(c: Compiler, e: CExpr): void {
  if (!isLeaf(e)) c.e.setSourceLine(e.line);
  switch (e.k) {
    case "name":
      return c.loadId(e.id);
    case "const": {
      const v = e.value;
      if (v.kind === "int") return c.e.loadConstSmallInt(Number(v.value));
      if (v.kind === "str") return c.e.loadConstStr(v.value);
      if (v.kind === "none" || v.kind === "true" || v.kind === "false" || v.kind === "ellipsis") {
        return c.e.loadConstTok(v.kind);
      }
      throw new Error(`unexpected constant ${v.kind}`);
    }
    case "constobj":
      return c.e.loadConstObj(e.value);
    case "binop":
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      return c.e.binaryOp(binOpNumber(e.op));
    case "unary":
      compileExpr(c, e.operand);
      return c.e.unaryOp(
        e.op === "not"
          ? UnaryOp.NOT
          : e.op === "+"
          ? UnaryOp.POSITIVE
          : e.op === "-"
          ? UnaryOp.NEGATIVE
          : UnaryOp.INVERT,
      );
    case "boolop": {
      const end = c.label();
      e.values.forEach((v, i) => {
        compileExpr(c, v);
        if (i + 1 < e.values.length) c.e.jumpIfOrPop(e.op === "or", end);
      });
      return c.e.labelAssign(end);
    }
    case "compare":
      return compileCompare(c, e);
    case "ifexp": {
      const fail = c.label();
      const end = c.label();
      compileCondJump(c, e.test, false, fail);
      compileExpr(c, e.body);
      c.e.jump(end);
      c.e.labelAssign(fail);
      c.e.adjustStackSize(-1);
      compileExpr(c, e.orelse);
      return c.e.labelAssign(end);
    }
    case "lambda": {
      const scope = c.childScope(e, "lambda", "<lambda>");
      return compileFuncDefaults(c, scope, e.args, e.line);
    }
    case "namedexpr":
      return compileNamedExpr(c, e.target.id, e.value, e.line);
    case "call":
      return compileCall(c, e);
    case "attr":
      compileExpr(c, e.value);
      trailerLine(c, e);
      return c.e.attr(e.attr, "load");
    case "subscript":
      compileExpr(c, e.value);
      trailerLine(c, e);
      compileExpr(c, e.index);
      return c.e.subscr("load");
    case "slice":
      if (e.lower) compileExpr(c, e.lower);
      else c.e.loadConstTok("none");
      if (e.upper) compileExpr(c, e.upper);
      else c.e.loadConstTok("none");
      if (e.step) {
        compileExpr(c, e.step);
        return c.e.build(3, "slice");
      }
      return c.e.build(2, "slice");
    case "starred":
      throw c.error("*x must be assignment target", e.line);
    case "tuple":
    case "list":
    case "set":
      for (const x of e.elts) compileExpr(c, x);
      return c.e.build(e.elts.length, e.k);
    case "dict":
      c.e.build(e.keys.length, "map");
      e.keys.forEach((k, i) => {
        if (!k) throw c.error("invalid syntax", e.line);
        compileExpr(c, e.values[i]);
        compileExpr(c, k);
        c.e.storeMap();
      });
      return;
    case "listcomp":
    case "setcomp":
    case "genexp":
    case "dictcomp":
      return compileComprehension(c, e);
    case "yield":
      if (c.scope.kind !== "function" && c.scope.kind !== "lambda") {
        throw c.error("'yield' outside function", e.line);
      }
      if (e.value) compileExpr(c, e.value);
      else c.e.loadConstTok("none");
      return c.e.yieldOp("value");
    case "yieldfrom":
      if (c.scope.kind !== "function" && c.scope.kind !== "lambda") {
        throw c.error("'yield' outside function", e.line);
      }
      compileExpr(c, e.value);
      return compileYieldFrom(c);
    case "await":
      if (c.scope.kind !== "function" && c.scope.kind !== "lambda") {
        throw c.error("'await' outside function", e.line);
      }
      compileExpr(c, e.value);
      return compileYieldFrom(c);
  }
}

export function compileYieldFrom(c: Compiler): void {
  c.e.getIter(false);
  c.e.loadConstTok("none");
  c.e.yieldOp("from");
}

function compileCompare(c: Compiler, e: Expr & { k: "compare" }): void {
  compileExpr(c, e.left);
  const multi = e.ops.length > 1;
  const fail = multi ? c.label() : 0;
  e.ops.forEach((op, i) => {
    compileExpr(c, e.comparators[i]);
    const more = i + 1 < e.ops.length;
    if (more) {
      c.e.dupTop();
      c.e.rotThree();
    }
    c.e.binaryOp(CMP_OP[op]);
    if (more) c.e.jumpIfOrPop(false, fail);
  });
  if (multi) {
    const end = c.label();
    c.e.jump(end);
    c.e.labelAssign(fail);
    c.e.adjustStackSize(1);
    c.e.rotTwo();
    c.e.popTop();
    c.e.labelAssign(end);
  }
}

export function compileNamedExpr(c: Compiler, target: string, value: CExpr, line: number): void {
  compileExpr(c, value);
  c.e.dupTop();
  const scope = c.scope;
  if (c.scopePass && scope.parent && isCompLike(scope.kind)) {
    // := in a comprehension binds in the enclosing scope.
    const parentId = c.idForModification(scope.parent, target);
    if (parentId.kind === "global_explicit") {
      scope.findOrAdd(target, "global_explicit");
    } else {
      const { id } = scope.findOrAdd(target, "undecided");
      const isGlobal = scope.parent.parent === undefined;
      if (!isGlobal && id.kind === "global_implicit") id.kind = "undecided";
      if (isGlobal) c.declareGlobal(id, line);
      else c.declareNonlocal(id, line);
    }
  }
  c.storeId(target);
}

/** c_if_cond: jump to `label` when the condition's truth equals `jumpIf`. */
export function compileCondJump(c: Compiler, e: CExpr, jumpIf: boolean, label: number): void {
  if (isConstBool(e, false)) {
    if (!jumpIf) c.e.jump(label);
    return;
  }
  if (isConstBool(e, true)) {
    if (jumpIf) c.e.jump(label);
    return;
  }
  if (e.k === "boolop") {
    if ((e.op === "or") !== jumpIf) {
      const label2 = c.label();
      for (let i = 0; i < e.values.length - 1; i++) {
        compileCondJump(c, e.values[i], !jumpIf, label2);
      }
      compileCondJump(c, e.values[e.values.length - 1], jumpIf, label);
      c.e.labelAssign(label2);
    } else {
      for (const v of e.values) compileCondJump(c, v, jumpIf, label);
    }
    return;
  }
  if (e.k === "unary" && e.op === "not") {
    compileCondJump(c, e.operand, !jumpIf, label);
    return;
  }
  compileExpr(c, e);
  c.e.popJumpIf(jumpIf, label);
}

function isSuperCall(c: Compiler, e: CExpr): boolean {
  return c.scope.kind === "function" && e.k === "call" && e.func.k === "name" &&
    e.func.id === "super" && e.args.length === 0 && e.keywords.length === 0;
}

/** Loads super, __class__ and the first parameter (compile_atom_expr_normal's super() case). */
function loadSuperArgs(c: Compiler, line: number): void {
  c.loadId("super");
  c.loadId("__class__");
  const self = c.scope.ids.find((id) => id.flags & 1 /* IS_PARAM */);
  if (!self) throw c.error("super() can't find self", line);
  c.loadId(self.name);
}

function compileCall(c: Compiler, e: Expr & { k: "call" }): void {
  const f = e.func as CExpr;
  if (f.k === "attr") {
    if (isSuperCall(c, f.value)) {
      c.e.setSourceLine(f.value.line);
      loadSuperArgs(c, f.value.line);
      c.e.loadMethod(f.attr, true);
    } else {
      compileExpr(c, f.value);
      c.e.loadMethod(f.attr, false);
    }
    return compileArgs(c, e.args, e.keywords, true, 0);
  }
  if (isSuperCall(c, e)) {
    loadSuperArgs(c, e.line);
    return c.e.callFunction(2, 0, 0);
  }
  compileExpr(c, f);
  trailerLine(c, e);
  compileArgs(c, e.args, e.keywords, false, 0);
}

/** A trailer compiled as a node of its own records its line (compile_node on the trailer). */
function trailerLine(c: Compiler, e: { tline?: number }): void {
  if (e.tline !== undefined) c.e.setSourceLine(e.tline);
}

/** compile_trailer_paren_helper: positional (incl. *x) then keyword (incl. **x) arguments. */
export function compileArgs(
  c: Compiler,
  args: Expr[],
  keywords: Keyword[],
  isMethod: boolean,
  nExtra: number,
): void {
  let nPos = nExtra;
  let nKw = 0;
  let starFlags = 0;
  let starArgs = 0;
  args.forEach((a, i) => {
    if (a.k === "starred") {
      if (i >= c.smallIntBits - 1) throw c.error("too many args", a.line);
      starFlags |= 1;
      starArgs += 2 ** i;
      compileExpr(c, a.value);
    } else if (a.k === "namedexpr") {
      compileNamedExpr(c, a.target.id, a.value, a.line);
    } else {
      compileExpr(c, a);
    }
    nPos++;
  });
  for (const k of keywords) {
    if (k.name === undefined) {
      starFlags |= 2;
      c.e.loadNull();
      compileExpr(c, k.value);
    } else {
      c.e.loadConstStr(k.name);
      compileExpr(c, k.value);
    }
    nKw++;
  }
  if (starFlags) c.e.loadConstSmallInt(starArgs);
  if (isMethod) c.e.callMethod(nPos, nKw, starFlags);
  else c.e.callFunction(nPos, nKw, starFlags);
}

/**
 * The object part of an assignment/del target: trailers are compiled one by one, without the
 * LOAD_METHOD form (c_assign_atom_expr / c_del_stmt).
 */
export function compileTargetBase(c: Compiler, e: CExpr): void {
  switch (e.k) {
    case "attr":
      compileTargetBase(c, e.value);
      trailerLine(c, e);
      c.e.attr(e.attr, "load");
      return;
    case "subscript":
      compileTargetBase(c, e.value);
      trailerLine(c, e);
      compileExpr(c, e.index);
      c.e.subscr("load");
      return;
    case "call":
      compileTargetBase(c, e.func);
      trailerLine(c, e);
      compileArgs(c, e.args, e.keywords, false, 0);
      return;
    default:
      compileExpr(c, e);
  }
}
