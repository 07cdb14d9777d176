// Parse-time rewrites that MicroPython's parser (py/parse.c) does before compiling: constant
// folding, `NAME = const(value)`, constant tuples, and/or/not folding, lonely constants turned
// into `pass`, and the qstr-vs-str decision for string literals (which depends on the names met
// earlier in the file). The AST is walked in token order so the qstr pool sees names as the
// lexer would.
import {
  type Arguments,
  BINOP_PRECEDENCE,
  type Comprehension,
  type ConstValue,
  type Expr,
  type Keyword,
  type Stmt,
} from "./ast.ts";
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { QstrPool } from "./compiler_strings.ts";
import { fitsSmallInt, foldBinary, type FoldNum, foldUnary } from "./fold.ts";
import type { PyConst } from "./raw_code.ts";
import { syntaxError } from "./compile_error.ts";

/** A constant object (parse.c RULE_const_object); line 0 means none is recorded. */
export interface ConstObj {
  k: "constobj";
  value: PyConst;
  line: number;
}
export type CExpr = Expr | ConstObj;

const BIN_OP: Record<string, number> = {
  "|": BinaryOp.OR,
  "^": BinaryOp.XOR,
  "&": BinaryOp.AND,
  "<<": BinaryOp.LSHIFT,
  ">>": BinaryOp.RSHIFT,
  "+": BinaryOp.ADD,
  "-": BinaryOp.SUBTRACT,
  "*": BinaryOp.MULTIPLY,
  "@": BinaryOp.MAT_MULTIPLY,
  "//": BinaryOp.FLOOR_DIVIDE,
  "/": BinaryOp.TRUE_DIVIDE,
  "%": BinaryOp.MODULO,
  "**": BinaryOp.POWER,
};
export function binOpNumber(op: string): number {
  return BIN_OP[op];
}

/** Grammar rule an operator belongs to: operands of one rule form a flat list in parse.c. */
const group = (op: string): number => op === "**" ? 7 : BINOP_PRECEDENCE[op];

const asExpr = (e: CExpr): Expr => e as unknown as Expr;

/** mp_parse_node_is_const: a literal, constant object or the empty tuple. */
export function isConstNode(e: CExpr): boolean {
  return e.k === "const" || e.k === "constobj" || (e.k === "tuple" && e.elts.length === 0);
}

export function constToPy(e: CExpr): PyConst {
  if (e.k === "constobj") return e.value;
  if (e.k === "tuple") return { kind: "tuple", items: [] };
  if (e.k !== "const") throw new Error("not a constant");
  const v = e.value;
  switch (v.kind) {
    case "complex":
      return { kind: "complex", real: 0, imag: v.imag };
    default:
      return v as PyConst;
  }
}

export function pyTruthy(c: PyConst): boolean {
  switch (c.kind) {
    case "none":
    case "false":
      return false;
    case "true":
    case "ellipsis":
    case "funtable":
      return true;
    case "int":
      return c.value !== 0n;
    case "float":
      return c.value !== 0;
    case "complex":
      return c.real !== 0 || c.imag !== 0;
    case "str":
      return c.value.length > 0;
    case "bytes":
      return c.value.length > 0;
    case "tuple":
      return c.items.length > 0;
  }
}

/** mp_parse_node_is_const_true/false. */
export function isConstBool(e: CExpr, value: boolean): boolean {
  return isConstNode(e) && pyTruthy(constToPy(e)) === value;
}

export class Prep {
  private readonly consts = new Map<string, PyConst>();
  readonly pool: QstrPool;

  constructor(
    private readonly file: string,
    private readonly smallIntBits: number,
    private readonly docStrings = false,
    /** Module constants `name.attr` folds to (module_consts.ts); none for mpy-cross. */
    private readonly moduleConst?: (mod: string, attr: string) => FoldNum | undefined,
  ) {
    this.pool = new QstrPool(file);
  }

  stmts(list: Stmt[]): Stmt[] {
    return list.map((s) => this.stmt(s));
  }

  private see(name: string): void {
    this.pool.see(name);
  }

  private num(e: CExpr): FoldNum | undefined {
    if (e.k === "const" && e.value.kind === "int") return { kind: "int", value: e.value.value };
    if (e.k === "constobj" && (e.value.kind === "int" || e.value.kind === "float")) {
      return e.value;
    }
    return undefined;
  }

  /** A folded number: small ints are leaves, anything else a constant object with no line. */
  private fromNum(n: FoldNum, line: number): CExpr {
    if (n.kind === "int" && fitsSmallInt(n.value, this.smallIntBits)) {
      return { k: "const", value: { kind: "int", value: n.value }, line };
    }
    return { k: "constobj", value: n, line: 0 };
  }

  /** The object a trailer applies to: `name.attr` there is not folded, as MicroPython folds only
   * a whole `id.id` expression, not one followed by more trailers (`math.pi.real`, `f.x()`). */
  private trailerBase(e: Expr): CExpr {
    if (e.k !== "attr") return this.expr(e);
    const value = this.trailerBase(e.value);
    this.see(e.attr);
    return { ...e, value: asExpr(value) } as CExpr;
  }

  /** A literal or a const() value pushed as a token (make_node_const_object_optimised). */
  private fromPy(c: PyConst, line: number): CExpr {
    if (c.kind === "int" && fitsSmallInt(c.value, this.smallIntBits)) {
      return { k: "const", value: { kind: "int", value: c.value }, line };
    }
    return { k: "constobj", value: c, line };
  }

  private literal(v: ConstValue, line: number): CExpr {
    switch (v.kind) {
      case "int":
        return this.fromPy(v, line);
      case "float":
        return { k: "constobj", value: v, line };
      case "complex":
        return { k: "constobj", value: { kind: "complex", real: 0, imag: v.imag }, line };
      case "bytes":
        return { k: "constobj", value: v, line };
      case "str":
        if (this.pool.internLiteral(v.value)) return { k: "const", value: v, line };
        return { k: "constobj", value: v, line };
      default:
        return { k: "const", value: v, line };
    }
  }

  expr(e: Expr): CExpr {
    switch (e.k) {
      case "name": {
        this.see(e.id);
        const c = this.consts.get(e.id);
        return c ? this.fromPy(c, e.line) : e;
      }
      case "const":
        return this.literal(e.value, e.line);
      case "binop":
        return this.binop(e);
      case "unary": {
        const operand = this.expr(e.operand);
        if (e.op === "not") {
          if (isConstBool(operand, false)) return this.tok("true", e.line);
          if (isConstBool(operand, true)) return this.tok("false", e.line);
        } else {
          const n = this.num(operand);
          const uop = e.op === "+"
            ? UnaryOp.POSITIVE
            : e.op === "-"
            ? UnaryOp.NEGATIVE
            : UnaryOp.INVERT;
          const r = n && foldUnary(uop, n);
          if (r) return this.fromNum(r, e.line);
        }
        return { ...e, operand: asExpr(operand) };
      }
      case "boolop":
        return this.boolop(e.op, e.values.map((v) => this.expr(v)), e);
      case "compare":
        return {
          ...e,
          left: asExpr(this.expr(e.left)),
          comparators: e.comparators.map((c) => asExpr(this.expr(c))),
        };
      case "ifexp": {
        const body = this.expr(e.body);
        const test = this.expr(e.test);
        const orelse = this.expr(e.orelse);
        return { ...e, body: asExpr(body), test: asExpr(test), orelse: asExpr(orelse) };
      }
      case "lambda": {
        const args = this.args(e.args, false);
        return { ...e, args, body: asExpr(this.expr(e.body)) };
      }
      case "namedexpr": {
        this.see(e.target.id);
        return { ...e, value: asExpr(this.expr(e.value)) };
      }
      case "call": {
        const func = this.trailerBase(e.func);
        const args = e.args.map((a) => asExpr(this.expr(a)));
        const keywords = this.keywords(e.keywords);
        return { ...e, func: asExpr(func), args, keywords };
      }
      case "attr": {
        if (e.value.k === "name") {
          const folded = this.moduleConst?.(e.value.id, e.attr);
          if (folded !== undefined) return this.fromNum(folded, e.line);
        }
        return this.trailerBase(e);
      }
      case "subscript": {
        const value = this.trailerBase(e.value);
        return { ...e, value: asExpr(value), index: asExpr(this.expr(e.index)) };
      }
      case "slice":
        return {
          ...e,
          lower: e.lower && asExpr(this.expr(e.lower)),
          upper: e.upper && asExpr(this.expr(e.upper)),
          step: e.step && asExpr(this.expr(e.step)),
        };
      case "starred":
        return { ...e, value: asExpr(this.expr(e.value)) };
      case "tuple": {
        const elts = e.elts.map((x) => this.expr(x));
        if (elts.length > 0 && elts.every(isConstNode)) {
          return {
            k: "constobj",
            value: { kind: "tuple", items: elts.map(constToPy) },
            line: e.line,
          };
        }
        return { ...e, elts: elts.map(asExpr) };
      }
      case "list":
      case "set":
        return { ...e, elts: e.elts.map((x) => asExpr(this.expr(x))) };
      case "dict": {
        const keys: (Expr | null)[] = [];
        const values: Expr[] = [];
        e.keys.forEach((key, i) => {
          keys.push(key ? asExpr(this.expr(key)) : null);
          values.push(asExpr(this.expr(e.values[i])));
        });
        return { ...e, keys, values };
      }
      case "listcomp":
      case "setcomp":
      case "genexp": {
        const elt = asExpr(this.expr(e.elt));
        return { ...e, elt, generators: this.comps(e.generators) };
      }
      case "dictcomp": {
        const key = asExpr(this.expr(e.key));
        const value = asExpr(this.expr(e.value));
        return { ...e, key, value, generators: this.comps(e.generators) };
      }
      case "yield":
        return { ...e, value: e.value && asExpr(this.expr(e.value)) };
      case "yieldfrom":
      case "await":
        return { ...e, value: asExpr(this.expr(e.value)) };
    }
  }

  private tok(kind: "true" | "false", line: number): CExpr {
    return { k: "const", value: { kind }, line };
  }

  /** Operands of one grammar rule are folded together or not at all (parse.c fold_constants). */
  private binop(e: Expr & { k: "binop" }): CExpr {
    const opGroup = group(e.op);
    const chain: (Expr & { k: "binop" })[] = [];
    let base: Expr = e;
    while (base.k === "binop" && group(base.op) === opGroup && opGroup !== 7) {
      chain.unshift(base);
      base = base.left;
    }
    if (opGroup === 7) {
      chain.push(e);
      base = e.left;
    }
    let acc = this.expr(base);
    const rights = chain.map((b) => this.expr(b.right));
    let folded: FoldNum | undefined = this.num(acc);
    for (let i = 0; i < chain.length && folded; i++) {
      const r = this.num(rights[i]);
      folded = r && foldBinary(BIN_OP[chain[i].op], folded, r);
    }
    if (folded) return this.fromNum(folded, e.line);
    for (let i = 0; i < chain.length; i++) {
      acc = { ...chain[i], left: asExpr(acc), right: asExpr(rights[i]) };
    }
    return acc;
  }

  /** parse.c fold_logical_constants: drop operands that cannot decide the result. */
  private boolop(op: "and" | "or", values: CExpr[], e: Expr): CExpr {
    const stop = op === "or";
    const kept: CExpr[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (i === values.length - 1 || isConstBool(v, stop)) {
        kept.push(v);
        break;
      }
      if (!isConstBool(v, !stop)) kept.push(v);
    }
    if (kept.length === 1) return kept[0];
    return { ...(e as Expr & { k: "boolop" }), values: kept.map(asExpr) };
  }

  private keywords(kws: Keyword[]): Keyword[] {
    return kws.map((k) => {
      if (k.name !== undefined) this.see(k.name);
      return { ...k, value: asExpr(this.expr(k.value)) };
    });
  }

  private comps(gens: Comprehension[]): Comprehension[] {
    return gens.map((g) => ({
      ...g,
      target: this.target(g.target),
      iter: asExpr(this.expr(g.iter)),
      ifs: g.ifs.map((x) => asExpr(this.expr(x))),
    }));
  }

  /** Assignment / del / for targets: names are seen but not replaced by constants. */
  target(e: Expr): Expr {
    switch (e.k) {
      case "name":
        // A name defined by const() is its value everywhere after, as a target too (which the
        // compiler then refuses: `A = const(1); A = 2` can't assign to expression).
        if (this.consts.has(e.id)) return asExpr(this.expr(e));
        this.see(e.id);
        return e;
      case "tuple":
      case "list":
        return { ...e, elts: e.elts.map((x) => this.target(x)) };
      case "starred":
        return { ...e, value: this.target(e.value) };
      case "attr": {
        const value = asExpr(this.expr(e.value));
        this.see(e.attr);
        return { ...e, value };
      }
      case "subscript": {
        const value = asExpr(this.expr(e.value));
        return { ...e, value, index: asExpr(this.expr(e.index)) };
      }
      default:
        return asExpr(this.expr(e));
    }
  }

  private args(a: Arguments, annotations: boolean): Arguments {
    const ann = (x: Expr | undefined) => {
      if (annotations && x) this.expr(x);
    };
    const firstDefault = a.args.length - a.defaults.length;
    const defaults: Expr[] = [];
    for (let i = 0; i < a.args.length; i++) {
      this.see(a.args[i].name);
      ann(a.args[i].annotation);
      if (i >= firstDefault) defaults.push(asExpr(this.expr(a.defaults[i - firstDefault])));
    }
    if (a.vararg) {
      this.see(a.vararg.name);
      ann(a.vararg.annotation);
    }
    const kwDefaults = a.kwonly.map((arg, i) => {
      this.see(arg.name);
      ann(arg.annotation);
      const d = a.kwDefaults[i];
      return d && asExpr(this.expr(d));
    });
    if (a.kwarg) {
      this.see(a.kwarg.name);
      ann(a.kwarg.annotation);
    }
    return { ...a, defaults, kwDefaults };
  }

  private dotted(name: string): void {
    for (const part of name.split(".")) this.see(part);
  }

  stmt(s: Stmt): Stmt {
    switch (s.k) {
      case "expr": {
        const value = this.expr(s.value);
        // A lonely constant (docstring, number) becomes `pass` (parse.c, no doc strings).
        if ((value.k === "const") || value.k === "constobj") return { k: "pass", line: s.line };
        return { ...s, value: asExpr(value) };
      }
      case "assign":
        return this.assign(s);
      case "augassign": {
        const target = this.target(s.target);
        return { ...s, target, value: asExpr(this.expr(s.value)) };
      }
      case "annassign": {
        const target = this.target(s.target);
        this.expr(s.annotation);
        return { ...s, target, value: s.value && asExpr(this.expr(s.value)) };
      }
      case "del":
        return { ...s, targets: s.targets.map((t) => this.target(t)) };
      case "pass":
      case "break":
      case "continue":
        return s;
      case "return":
        return { ...s, value: s.value && asExpr(this.expr(s.value)) };
      case "raise":
        return {
          ...s,
          exc: s.exc && asExpr(this.expr(s.exc)),
          cause: s.cause && asExpr(this.expr(s.cause)),
        };
      case "global":
      case "nonlocal":
        s.names.forEach((n) => this.see(n));
        return s;
      case "import":
        for (const a of s.names) {
          this.dotted(a.name);
          if (a.asname) this.see(a.asname);
        }
        return s;
      case "importfrom":
        if (s.module) this.dotted(s.module);
        if (s.names !== "*") {
          for (const a of s.names) {
            this.see(a.name);
            if (a.asname) this.see(a.asname);
          }
        }
        return s;
      case "if":
      case "while": {
        const test = asExpr(this.expr(s.test));
        return { ...s, test, body: this.stmts(s.body), orelse: this.stmts(s.orelse) };
      }
      case "for": {
        const target = this.target(s.target);
        const iter = asExpr(this.expr(s.iter));
        return { ...s, target, iter, body: this.stmts(s.body), orelse: this.stmts(s.orelse) };
      }
      case "try": {
        const body = this.stmts(s.body);
        const handlers = s.handlers.map((h) => {
          const type = h.type && asExpr(this.expr(h.type));
          if (h.name) this.see(h.name);
          return { ...h, type, body: this.stmts(h.body) };
        });
        return {
          ...s,
          body,
          handlers,
          orelse: this.stmts(s.orelse),
          finalbody: this.stmts(s.finalbody),
        };
      }
      case "with": {
        const items = s.items.map((it) => ({
          expr: asExpr(this.expr(it.expr)),
          vars: it.vars && this.target(it.vars),
        }));
        return { ...s, items, body: this.stmts(s.body) };
      }
      case "funcdef": {
        const decorators = s.decorators.map((d) => this.decorator(d));
        this.see(s.name);
        const args = this.args(s.args, true);
        if (s.returns) this.expr(s.returns);
        return { ...s, decorators, args, body: this.stmts(s.body) };
      }
      case "classdef": {
        const decorators = s.decorators.map((d) => this.decorator(d));
        this.see(s.name);
        const bases = s.bases.map((b) => asExpr(this.expr(b)));
        const keywords = this.keywords(s.keywords);
        const body = this.docStrings ? withDocString(s.body) : s.body;
        return { ...s, decorators, bases, keywords, body: this.stmts(body) };
      }
      case "assert":
        return {
          ...s,
          test: asExpr(this.expr(s.test)),
          msg: s.msg && asExpr(this.expr(s.msg)),
        };
    }
  }

  /** Decorator names are a dotted_name rule, not atoms: never replaced by constants. */
  private decorator(d: Expr): Expr {
    if (d.k === "name") {
      this.see(d.id);
      return d;
    }
    if (d.k === "attr" && isDotted(d.value)) {
      this.decorator(d.value);
      this.see(d.attr);
      return d;
    }
    if (d.k === "call" && isDotted(d.func)) {
      this.decorator(d.func);
      return {
        ...d,
        args: d.args.map((a) => asExpr(this.expr(a))),
        keywords: this.keywords(d.keywords),
      };
    }
    return asExpr(this.expr(d));
  }

  private assign(s: Stmt & { k: "assign" }): Stmt {
    const v = s.value;
    if (
      s.targets.length === 1 && s.targets[0].k === "name" && !this.consts.has(s.targets[0].id) &&
      v.k === "call" && v.func.k === "name" && v.func.id === "const"
    ) {
      // NAME = const(value): parse.c records the value for later uses of NAME.
      const name = s.targets[0].id;
      this.see(name);
      this.see("const");
      const args = v.args.map((a) => this.expr(a));
      this.keywords(v.keywords);
      if (args.length !== 1 || v.keywords.length > 0 || !isConstNode(args[0])) {
        throw syntaxError(this.file, v.line, "not a constant");
      }
      this.consts.set(name, constToPy(args[0]));
      if (name.startsWith("_")) return { k: "pass", line: 0 };
      return { ...s, value: asExpr(args[0]) };
    }
    const targets = s.targets.map((t) => this.target(t));
    return { ...s, targets, value: asExpr(this.expr(v)) };
  }
}

/** compile.c check_for_doc_string: a leading string statement becomes `__doc__ = "..."`. */
export function withDocString(body: Stmt[]): Stmt[] {
  const s = body[0];
  if (s === undefined || s.k !== "expr" || s.value.k !== "const") return body;
  if (s.value.value.kind !== "str") return body;
  const target: Expr = { k: "name", id: "__doc__", line: s.line };
  return [{ k: "assign", targets: [target], value: s.value, line: s.line }, ...body.slice(1)];
}

export function isDotted(e: Expr): boolean {
  return e.k === "name" || (e.k === "attr" && isDotted(e.value));
}
