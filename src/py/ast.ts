// The syntax tree the parser produces and the compiler walks. Every node carries the source line
// MicroPython would record for it (the line where the grammar rule started), because the
// compiler's line-number table must match mpy-cross. f-strings never reach the tree as such:
// like MicroPython's lexer, the parser turns f"a{x!r:>{w}}" into 'a{!r:>{}}'.format(x, w).

/** Literal values (ints as bigint; the compiler picks small-int or constant encodings). */
export type ConstValue =
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "complex"; imag: number } // an imaginary literal such as 2j
  | { kind: "str"; value: string }
  | { kind: "bytes"; value: Uint8Array }
  | { kind: "none" }
  | { kind: "true" }
  | { kind: "false" }
  | { kind: "ellipsis" };

export type BinOp =
  | "+"
  | "-"
  | "*"
  | "@"
  | "/"
  | "//"
  | "%"
  | "**"
  | "<<"
  | ">>"
  | "&"
  | "|"
  | "^";
/** Binding strength of the binary operators (higher binds tighter); `**` is parsed apart, above
 * unary minus. The parser and MicroPython-style constant folding both group by it. */
export const BINOP_PRECEDENCE: Readonly<Record<string, number>> = {
  "|": 1,
  "^": 2,
  "&": 3,
  "<<": 4,
  ">>": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "@": 6,
  "/": 6,
  "//": 6,
  "%": 6,
};

export type CmpOp = "<" | ">" | "==" | "<=" | ">=" | "!=" | "in" | "not in" | "is" | "is not";
export type UnaryOpName = "+" | "-" | "~" | "not";

interface Node {
  line: number;
}

export interface Name extends Node {
  k: "name";
  id: string;
}
export interface Const extends Node {
  k: "const";
  value: ConstValue;
}
export interface BinOpExpr extends Node {
  k: "binop";
  op: BinOp;
  left: Expr;
  right: Expr;
}
export interface BoolOpExpr extends Node {
  k: "boolop";
  op: "and" | "or";
  values: Expr[];
}
export interface UnaryExpr extends Node {
  k: "unary";
  op: UnaryOpName;
  operand: Expr;
}
/** a < b <= c: ops[i] compares operand i and i+1 of [left, ...comparators]. */
export interface CompareExpr extends Node {
  k: "compare";
  left: Expr;
  ops: CmpOp[];
  comparators: Expr[];
}
export interface IfExpr extends Node {
  k: "ifexp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}
export interface LambdaExpr extends Node {
  k: "lambda";
  args: Arguments;
  body: Expr;
}
export interface NamedExpr extends Node {
  k: "namedexpr";
  target: Name;
  value: Expr;
}
/** A keyword argument `name=value`, or `**value` when name is undefined. */
export interface Keyword {
  name?: string;
  value: Expr;
}
/** A trailer's own line: that of its '(', '.' or '['. MicroPython records it when it compiles
 * the trailer as a node of its own (all but a method call's `.name(...)` pair). */
interface Trailer extends Node {
  tline?: number;
}
/** f(a, *b, k=c, **d): positional args may contain Starred nodes. */
export interface CallExpr extends Trailer {
  k: "call";
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}
export interface AttributeExpr extends Trailer {
  k: "attr";
  value: Expr;
  attr: string;
}
/** value[index]; a[1:2, 3] has index Tuple(Slice, Const). */
export interface SubscriptExpr extends Trailer {
  k: "subscript";
  value: Expr;
  index: Expr;
}
export interface SliceExpr extends Node {
  k: "slice";
  lower?: Expr;
  upper?: Expr;
  step?: Expr;
}
export interface StarredExpr extends Node {
  k: "starred";
  value: Expr;
}
export interface TupleExpr extends Node {
  k: "tuple";
  elts: Expr[];
}
export interface ListExpr extends Node {
  k: "list";
  elts: Expr[];
}
export interface SetExpr extends Node {
  k: "set";
  elts: Expr[];
}
/** {k: v, **d}: a null key marks `**values[i]`. */
export interface DictExpr extends Node {
  k: "dict";
  keys: (Expr | null)[];
  values: Expr[];
}
export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}
export interface ListComp extends Node {
  k: "listcomp" | "setcomp" | "genexp";
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends Node {
  k: "dictcomp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface YieldExpr extends Node {
  k: "yield";
  value?: Expr;
}
export interface YieldFromExpr extends Node {
  k: "yieldfrom";
  value: Expr;
}
export interface AwaitExpr extends Node {
  k: "await";
  value: Expr;
}

export type Expr =
  | Name
  | Const
  | BinOpExpr
  | BoolOpExpr
  | UnaryExpr
  | CompareExpr
  | IfExpr
  | LambdaExpr
  | NamedExpr
  | CallExpr
  | AttributeExpr
  | SubscriptExpr
  | SliceExpr
  | StarredExpr
  | TupleExpr
  | ListExpr
  | SetExpr
  | DictExpr
  | ListComp
  | DictComp
  | YieldExpr
  | YieldFromExpr
  | AwaitExpr;

export interface Arg {
  name: string;
  annotation?: Expr;
  line: number;
}
/**
 * def f(a, b=1, *args, c, d=2, **kw). `defaults` align with the last positional args; kwonly
 * defaults are per arg. A bare `*` gives vararg undefined with kwonly args present.
 */
export interface Arguments {
  args: Arg[];
  defaults: Expr[];
  vararg?: Arg;
  kwonly: Arg[];
  kwDefaults: (Expr | undefined)[];
  kwarg?: Arg;
}

export interface ExprStmt extends Node {
  k: "expr";
  value: Expr;
}
/** a = b = value: targets in source order. */
export interface AssignStmt extends Node {
  k: "assign";
  targets: Expr[];
  value: Expr;
}
export interface AugAssignStmt extends Node {
  k: "augassign";
  target: Expr;
  op: BinOp;
  value: Expr;
}
/** x: int = 1 (MicroPython ignores the annotation; a bare `x: int` does nothing). */
export interface AnnAssignStmt extends Node {
  k: "annassign";
  target: Expr;
  annotation: Expr;
  value?: Expr;
}
export interface DeleteStmt extends Node {
  k: "del";
  targets: Expr[];
}
export interface SimpleStmt extends Node {
  k: "pass" | "break" | "continue";
}
export interface ReturnStmt extends Node {
  k: "return";
  value?: Expr;
}
export interface RaiseStmt extends Node {
  k: "raise";
  exc?: Expr;
  cause?: Expr;
}
export interface GlobalStmt extends Node {
  k: "global" | "nonlocal";
  names: string[];
}
/** import a.b.c as d: name is the dotted name. */
export interface Alias {
  name: string;
  asname?: string;
}
export interface ImportStmt extends Node {
  k: "import";
  names: Alias[];
}
/** from ..mod import a as b / from . import * (names "*" for star). */
export interface ImportFromStmt extends Node {
  k: "importfrom";
  module?: string;
  level: number;
  names: Alias[] | "*";
}
export interface IfStmt extends Node {
  k: "if";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface WhileStmt extends Node {
  k: "while";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface ForStmt extends Node {
  k: "for";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  isAsync: boolean;
}
export interface ExceptHandler {
  type?: Expr;
  name?: string;
  body: Stmt[];
  line: number;
}
export interface TryStmt extends Node {
  k: "try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface WithItem {
  expr: Expr;
  vars?: Expr;
}
export interface WithStmt extends Node {
  k: "with";
  items: WithItem[];
  body: Stmt[];
  isAsync: boolean;
}
export interface FunctionDef extends Node {
  k: "funcdef";
  name: string;
  args: Arguments;
  body: Stmt[];
  /** Decorators in source order; the line of a decorated def is the decorator's. */
  decorators: Expr[];
  /** The line of the `def` keyword itself (the function scope's own line). */
  defLine: number;
  returns?: Expr;
  isAsync: boolean;
}
export interface ClassDef extends Node {
  k: "classdef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
}
export interface AssertStmt extends Node {
  k: "assert";
  test: Expr;
  msg?: Expr;
}

export type Stmt =
  | ExprStmt
  | AssignStmt
  | AugAssignStmt
  | AnnAssignStmt
  | DeleteStmt
  | SimpleStmt
  | ReturnStmt
  | RaiseStmt
  | GlobalStmt
  | ImportStmt
  | ImportFromStmt
  | IfStmt
  | WhileStmt
  | ForStmt
  | TryStmt
  | WithStmt
  | FunctionDef
  | ClassDef
  | AssertStmt;

export interface Module {
  body: Stmt[];
  /** Source file name as it will appear in tracebacks and the .mpy. */
  file: string;
}
