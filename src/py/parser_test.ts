import { deepStrictEqual as assertEquals } from "node:assert/strict";
import type { Expr, FunctionDef, Module, Stmt } from "./ast.ts";
import type { PyBaseException } from "./obj_exception.ts";
import { parse, parseEval } from "./parser.ts";

/** The tree without line numbers, with bigints as numbers, for compact expectations. */
function strip(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Uint8Array) return Array.from(v);
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k !== "line" && k !== "tline" && x !== undefined) o[k] = strip(x);
    }
    return o;
  }
  return v;
}

function body(src: string): Stmt[] {
  return parse(src, "<t>").body;
}
function expr(src: string): unknown {
  return strip(parseEval(src, "<t>"));
}
const N = (id: string) => ({ k: "name", id });
const I = (value: number) => ({ k: "const", value: { kind: "int", value } });
const S = (value: string) => ({ k: "const", value: { kind: "str", value } });

/** "ok", or "Type: message @line[ in block]" as MicroPython reports it. */
function outcome(src: string): string {
  try {
    parse(src, "<stdin>");
    return "ok";
  } catch (e) {
    const x = e as PyBaseException;
    const tb = x.traceback[0];
    const msg = x.args.items.length ? String(x.args.items[0]) : "";
    return `${x.type.name}: ${msg} @${tb?.line}${tb?.block ? " in " + tb.block : ""}`;
  }
}

Deno.test("precedence and associativity", () => {
  assertEquals(expr("a + b * c ** -d ** e"), {
    k: "binop",
    op: "+",
    left: N("a"),
    right: {
      k: "binop",
      op: "*",
      left: N("b"),
      right: {
        k: "binop",
        op: "**",
        left: N("c"),
        right: {
          k: "unary",
          op: "-",
          operand: { k: "binop", op: "**", left: N("d"), right: N("e") },
        },
      },
    },
  });
  assertEquals(expr("a - b - c"), {
    k: "binop",
    op: "-",
    left: { k: "binop", op: "-", left: N("a"), right: N("b") },
    right: N("c"),
  });
  assertEquals(expr("not a == b or c and d"), {
    k: "boolop",
    op: "or",
    values: [
      {
        k: "unary",
        op: "not",
        operand: { k: "compare", left: N("a"), ops: ["=="], comparators: [N("b")] },
      },
      { k: "boolop", op: "and", values: [N("c"), N("d")] },
    ],
  });
  assertEquals(expr("a < b is not c not in d"), {
    k: "compare",
    left: N("a"),
    ops: ["<", "is not", "not in"],
    comparators: [N("b"), N("c"), N("d")],
  });
  assertEquals(expr("a | b ^ c & d << e"), {
    k: "binop",
    op: "|",
    left: N("a"),
    right: {
      k: "binop",
      op: "^",
      left: N("b"),
      right: {
        k: "binop",
        op: "&",
        left: N("c"),
        right: { k: "binop", op: "<<", left: N("d"), right: N("e") },
      },
    },
  });
});

Deno.test("atoms, displays and comprehensions", () => {
  assertEquals(expr("(1, *a), [], [x], (x), ()"), {
    k: "tuple",
    elts: [
      { k: "tuple", elts: [I(1), { k: "starred", value: N("a") }] },
      { k: "list", elts: [] },
      { k: "list", elts: [N("x")] },
      N("x"),
      { k: "tuple", elts: [] },
    ],
  });
  assertEquals(expr("{}, {1: 2, 3: 4}, {1, 2}"), {
    k: "tuple",
    elts: [
      { k: "dict", keys: [], values: [] },
      { k: "dict", keys: [I(1), I(3)], values: [I(2), I(4)] },
      { k: "set", elts: [I(1), I(2)] },
    ],
  });
  assertEquals(expr("[x for a, b in c if d if e for x in a]"), {
    k: "listcomp",
    elt: N("x"),
    generators: [
      {
        target: { k: "tuple", elts: [N("a"), N("b")] },
        iter: N("c"),
        ifs: [N("d"), N("e")],
        isAsync: false,
      },
      { target: N("x"), iter: N("a"), ifs: [], isAsync: false },
    ],
  });
  assertEquals(expr("{k: v for k in d}"), {
    k: "dictcomp",
    key: N("k"),
    value: N("v"),
    generators: [{ target: N("k"), iter: N("d"), ifs: [], isAsync: false }],
  });
  assertEquals((expr("{x for x in y}") as { k: string }).k, "setcomp");
  assertEquals((expr("(x for x in y)") as { k: string }).k, "genexp");
  assertEquals(expr("..., None, True, False, 1.5, 2j, b'x'"), {
    k: "tuple",
    elts: [
      { k: "const", value: { kind: "ellipsis" } },
      { k: "const", value: { kind: "none" } },
      { k: "const", value: { kind: "true" } },
      { k: "const", value: { kind: "false" } },
      { k: "const", value: { kind: "float", value: 1.5 } },
      { k: "const", value: { kind: "complex", imag: 2 } },
      { k: "const", value: { kind: "bytes", value: [120] } },
    ],
  });
});

Deno.test("calls: star args, keywords, sole generator argument", () => {
  assertEquals(expr("print(*a, 1, sep='', **kw)"), {
    k: "call",
    func: N("print"),
    args: [{ k: "starred", value: N("a") }, I(1)],
    keywords: [{ name: "sep", value: S("") }, { value: N("kw") }],
  });
  assertEquals(expr("f(x for x in y)"), {
    k: "call",
    func: N("f"),
    args: [{
      k: "genexp",
      elt: N("x"),
      generators: [{ target: N("x"), iter: N("y"), ifs: [], isAsync: false }],
    }],
    keywords: [],
  });
  assertEquals(expr("f(y := 1)"), {
    k: "call",
    func: N("f"),
    args: [{ k: "namedexpr", target: N("y"), value: I(1) }],
    keywords: [],
  });
});

Deno.test("subscripts and slices", () => {
  assertEquals(expr("a[::2]"), {
    k: "subscript",
    value: N("a"),
    index: { k: "slice", step: I(2) },
  });
  assertEquals(expr("a[1:2, 3]"), {
    k: "subscript",
    value: N("a"),
    index: { k: "tuple", elts: [{ k: "slice", lower: I(1), upper: I(2) }, I(3)] },
  });
  assertEquals(expr("a[:]"), { k: "subscript", value: N("a"), index: { k: "slice" } });
  assertEquals(expr("a[1,]"), {
    k: "subscript",
    value: N("a"),
    index: { k: "tuple", elts: [I(1)] },
  });
  assertEquals(expr("a.b[c](d)"), {
    k: "call",
    func: { k: "subscript", value: { k: "attr", value: N("a"), attr: "b" }, index: N("c") },
    args: [N("d")],
    keywords: [],
  });
});

Deno.test("lambda, conditional, await", () => {
  assertEquals(expr("lambda a, b=1, *c, d, **e: a if b else c"), {
    k: "lambda",
    args: {
      args: [{ name: "a" }, { name: "b" }],
      defaults: [I(1)],
      vararg: { name: "c" },
      kwonly: [{ name: "d" }],
      kwDefaults: [undefined],
      kwarg: { name: "e" },
    },
    body: { k: "ifexp", test: N("b"), body: N("a"), orelse: N("c") },
  });
  assertEquals(expr("-await x ** 2"), {
    k: "unary",
    op: "-",
    operand: { k: "binop", op: "**", left: { k: "await", value: N("x") }, right: I(2) },
  });
});

Deno.test("f-string becomes str.format call", () => {
  assertEquals(expr('f"a{x!r:>{w}} {y=}"'), {
    k: "call",
    func: { k: "attr", value: S("a{!r:>{}} y={}"), attr: "format" },
    args: [N("x"), N("w"), N("y")],
    keywords: [],
  });
  assertEquals(expr('f"{}"'), {
    k: "call",
    func: { k: "attr", value: S("{}"), attr: "format" },
    args: [{ k: "tuple", elts: [] }],
    keywords: [],
  });
  assertEquals(expr('f"no fields"'), S("no fields"));
});

Deno.test("assignments", () => {
  assertEquals(strip(body("a = b = 1, 2\nx += yield\n*a, b = c\nx: int = 1\ny: str")), [
    { k: "assign", targets: [N("a"), N("b")], value: { k: "tuple", elts: [I(1), I(2)] } },
    { k: "augassign", target: N("x"), op: "+", value: { k: "yield" } },
    {
      k: "assign",
      targets: [{ k: "tuple", elts: [{ k: "starred", value: N("a") }, N("b")] }],
      value: N("c"),
    },
    { k: "annassign", target: N("x"), annotation: N("int"), value: I(1) },
    { k: "annassign", target: N("y"), annotation: N("str") },
  ]);
  assertEquals(strip(body("x = yield a, b\ny = yield from z")), [
    {
      k: "assign",
      targets: [N("x")],
      value: { k: "yield", value: { k: "tuple", elts: [N("a"), N("b")] } },
    },
    { k: "assign", targets: [N("y")], value: { k: "yieldfrom", value: N("z") } },
  ]);
});

Deno.test("simple statements", () => {
  assertEquals(
    strip(body(
      "pass; break; continue\nreturn\nreturn 1, 2\nraise\nraise X from Y\nglobal a, b\nnonlocal c\n" +
        "assert x, 'm'\ndel a, b[1], c.d,\n",
    )),
    [
      { k: "pass" },
      { k: "break" },
      { k: "continue" },
      { k: "return" },
      { k: "return", value: { k: "tuple", elts: [I(1), I(2)] } },
      { k: "raise" },
      { k: "raise", exc: N("X"), cause: N("Y") },
      { k: "global", names: ["a", "b"] },
      { k: "nonlocal", names: ["c"] },
      { k: "assert", test: N("x"), msg: S("m") },
      {
        k: "del",
        targets: [N("a"), { k: "subscript", value: N("b"), index: I(1) }, {
          k: "attr",
          value: N("c"),
          attr: "d",
        }],
      },
    ],
  );
});

Deno.test("imports", () => {
  assertEquals(
    strip(body(
      "import a.b as c, d\nfrom . import x\nfrom ..a.b import (c as d, e,)\nfrom m import *\nfrom ... import y",
    )),
    [
      { k: "import", names: [{ name: "a.b", asname: "c" }, { name: "d" }] },
      { k: "importfrom", level: 1, names: [{ name: "x" }] },
      {
        k: "importfrom",
        module: "a.b",
        level: 2,
        names: [{ name: "c", asname: "d" }, { name: "e" }],
      },
      { k: "importfrom", module: "m", level: 0, names: "*" },
      { k: "importfrom", level: 3, names: [{ name: "y" }] },
    ],
  );
});

Deno.test("compound statements", () => {
  assertEquals(strip(body("if a: pass\nelif b: pass\nelse:\n  x\n")), [{
    k: "if",
    test: N("a"),
    body: [{ k: "pass" }],
    orelse: [{
      k: "if",
      test: N("b"),
      body: [{ k: "pass" }],
      orelse: [{ k: "expr", value: N("x") }],
    }],
  }]);
  assertEquals(strip(body("while (n := 1): pass\nelse: pass")), [{
    k: "while",
    test: { k: "namedexpr", target: N("n"), value: I(1) },
    body: [{ k: "pass" }],
    orelse: [{ k: "pass" }],
  }]);
  assertEquals(strip(body("for k, *v in 1, 2: pass")), [{
    k: "for",
    target: { k: "tuple", elts: [N("k"), { k: "starred", value: N("v") }] },
    iter: { k: "tuple", elts: [I(1), I(2)] },
    body: [{ k: "pass" }],
    orelse: [],
    isAsync: false,
  }]);
  assertEquals(
    strip(
      body(
        "try: pass\nexcept (A, B) as e: pass\nexcept E: pass\nexcept: pass\nelse: pass\nfinally: pass",
      ),
    ),
    [{
      k: "try",
      body: [{ k: "pass" }],
      handlers: [
        { type: { k: "tuple", elts: [N("A"), N("B")] }, name: "e", body: [{ k: "pass" }] },
        { type: N("E"), body: [{ k: "pass" }] },
        { body: [{ k: "pass" }] },
      ],
      orelse: [{ k: "pass" }],
      finalbody: [{ k: "pass" }],
    }],
  );
  assertEquals(strip(body("with a, b as (c, d): pass")), [{
    k: "with",
    items: [{ expr: N("a") }, { expr: N("b"), vars: { k: "tuple", elts: [N("c"), N("d")] } }],
    body: [{ k: "pass" }],
    isAsync: false,
  }]);
});

Deno.test("defs, classes, decorators, async", () => {
  const [f] = body(
    "@d\n@a.b(1)\ndef f(a: int, b=1, *c, d, e=2, **g) -> r:\n  pass",
  ) as FunctionDef[];
  assertEquals(strip(f), {
    k: "funcdef",
    name: "f",
    args: {
      args: [{ name: "a", annotation: N("int") }, { name: "b" }],
      defaults: [I(1)],
      vararg: { name: "c" },
      kwonly: [{ name: "d" }, { name: "e" }],
      kwDefaults: [undefined, I(2)],
      kwarg: { name: "g" },
    },
    body: [{ k: "pass" }],
    decorators: [N("d"), {
      k: "call",
      func: { k: "attr", value: N("a"), attr: "b" },
      args: [I(1)],
      keywords: [],
    }],
    returns: N("r"),
    isAsync: false,
    defLine: 3, // the def keyword's line; `line` (stripped here) is the first decorator's
  });
  assertEquals(strip((body("def f(*, a): pass")[0] as FunctionDef).args), {
    args: [],
    defaults: [],
    kwonly: [{ name: "a" }],
    kwDefaults: [undefined],
  });
  assertEquals(strip(body("class A(B, *c, metaclass=M):\n  x = 1")), [{
    k: "classdef",
    name: "A",
    bases: [N("B"), { k: "starred", value: N("c") }],
    keywords: [{ name: "metaclass", value: N("M") }],
    body: [{ k: "assign", targets: [N("x")], value: I(1) }],
    decorators: [],
  }]);
  const a = strip(
    body("async def f():\n  async for x in y: pass\n  async with a as b: pass\n  await z"),
  );
  assertEquals(a, [{
    k: "funcdef",
    name: "f",
    args: { args: [], defaults: [], kwonly: [], kwDefaults: [] },
    body: [
      { k: "for", target: N("x"), iter: N("y"), body: [{ k: "pass" }], orelse: [], isAsync: true },
      { k: "with", items: [{ expr: N("a"), vars: N("b") }], body: [{ k: "pass" }], isAsync: true },
      { k: "expr", value: { k: "await", value: N("z") } },
    ],
    decorators: [],
    isAsync: true,
    defLine: 1,
  }]);
});

Deno.test("line numbers: first token of each construct; a decorated def takes the decorator's", () => {
  const m: Module = parse(
    "\n@dec\n\ndef f(a,\n      b):\n  return (a +\n    b)\nx = [1,\n  2]\n",
    "<t>",
  );
  const f = m.body[0] as FunctionDef;
  assertEquals([f.line, f.decorators[0].line, f.args.args[1].line], [2, 2, 5]);
  const ret = f.body[0] as { line: number; value: Expr };
  assertEquals([ret.line, ret.value.line], [6, 6]);
  const asg = m.body[1] as { line: number; value: { elts: Expr[] } };
  assertEquals([asg.line, asg.value.elts[1].line], [8, 9]);
  const t = parse("try:\n  pass\nexcept E:\n  pass\nif a:\n  pass\nelif b:\n  pass", "<t>").body;
  assertEquals((t[0] as { handlers: { line: number }[] }).handlers[0].line, 3);
  assertEquals((t[1] as { orelse: Stmt[] }).orelse[0].line, 7);
});

Deno.test("trailers keep the line of their own '.', '(' or '['", () => {
  const m: Module = parse("y = (o\n  .a\n  [\n  1](\n  ))\n", "<t>");
  const call = (m.body[0] as unknown as { value: Expr & { k: "call" } }).value;
  const sub = call.func as Expr & { k: "subscript" };
  const attr = sub.value as Expr & { k: "attr" };
  assertEquals([call.line, call.tline, sub.tline, attr.tline], [1, 4, 3, 2]);
});

Deno.test("deep nesting raises a Python exception, not a JS one", () => {
  const r = outcome("x = " + "(".repeat(100000) + ")".repeat(100000));
  assertEquals(r.startsWith("MemoryError") || r.startsWith("SyntaxError"), true);
  assertEquals(outcome("x = " + "(".repeat(200) + "1" + ")".repeat(200)), "ok");
  assertEquals(outcome("if x:\n  pass\n" + "elif x:\n  pass\n".repeat(20000)), "ok");
});

// Each source with the outcome MicroPython 1.27 gives (checked with the oracle's compile()).
// "ok" includes programs MicroPython's compiler rejects with errors the syntax tree can express
// (e.g. "can't assign to expression"): those are the compiler's to raise. Errors with a block
// name are compiler errors the tree cannot express, so the parser raises them.
const CASES: [string, string][] = [
  ["1 = x", "ok"],
  ["f() = 1", "ok"],
  ["*a = 1", "ok"],
  ["a, *b, *c = x", "ok"],
  ["f(**a, *b)", "SyntaxError: * arg after ** @1 in <module>"],
  ["f(a=1, b)", "SyntaxError: positional arg after keyword arg @1 in <module>"],
  [
    "def f(a=1, b): pass",
    "SyntaxError: non-default argument follows default argument @1 in <module>",
  ],
  ["x = *a", "ok"],
  ["x := 1", "SyntaxError: invalid syntax @1"],
  ["(a.b := 1)", "SyntaxError: can't assign to expression @1 in <module>"],
  ["f(x for x in y, 1)", "ok"],
  ["def f(a, a): pass", "ok"],
  ["[x for x in 1, 2]", "SyntaxError: invalid syntax @1"],
  ["x = yield = 1", "ok"],
  ["f(a, *b, c, **d, e=1)", "ok"],
  ["del (a, b), [c]", "ok"],
  ["del a,", "ok"],
  ["x = 1 if 2", "SyntaxError: invalid syntax @1"],
  ["{**a, 'b': 1, *c}", "SyntaxError: invalid syntax @1"],
  ["x.y: int = 1", "ok"],
  ["(x): int = 1", "ok"],
  ["x, y: int = 1", "ok"],
  ["f(): int", "ok"],
  ["from . import (a, b,)", "ok"],
  ["from . import a, b,", "ok"],
  ["class A(x for x in y): pass", "ok"],
  ["def f(*, a): pass", "ok"],
  ["def f(*): pass", "ok"],
  ["def f(**k, a): pass", "SyntaxError: invalid syntax @1 in f"],
  ["lambda *a, b=1, **c: 1", "ok"],
  ["@a[1]\ndef f(): pass", "SyntaxError: invalid syntax @1"],
  ["@x := 1\ndef f(): pass", "SyntaxError: invalid syntax @1"],
  ["with (a, b): pass", "ok"],
  ["with (a as b, c as d): pass", "SyntaxError: invalid syntax @1"],
  ["for x, in y: pass", "ok"],
  ["print(f\"{'a'}\")", "ok"],
  ["x = 0_1", "SyntaxError: invalid syntax for integer with base 0: '01' @1"],
  ["x = 01", "SyntaxError: invalid syntax for integer with base 0: '01' @1"],
  ["x = 1__0", "ok"],
  ["x = 1_", "ok"],
  ["x = 1e", "SyntaxError: invalid syntax for number @1"],
  ["x = 0b2", "SyntaxError: invalid syntax for integer with base 2: '2' @1"],
  ["x = 1.2.3", "SyntaxError: invalid syntax for number @1"],
  ["x = 1if 1else 2", "SyntaxError: invalid syntax for integer with base 10: '1if' @1"],
  ["x = 0x_1", "ok"],
  ["x = .5e-3j", "ok"],
  ["not = 1", "SyntaxError: invalid syntax @1"],
  ["x = a.not", "SyntaxError: invalid syntax @1"],
  ["x.__debug__", "SyntaxError: invalid syntax @1"],
  ["print(r'\n' b'x')", "SyntaxError: invalid syntax @1"],
  ["print('\\xg')", "SyntaxError: invalid syntax @1"],
  ["print(b'\\777')", "SyntaxError: invalid syntax @1"],
  ["print('\\U00110000')", "SyntaxError: invalid syntax @1"],
  ["print(R'a')", "SyntaxError: invalid syntax @1"],
  ["print(ur'x')", "SyntaxError: invalid syntax @1"],
  ["print(b'a' f'{1}')", "SyntaxError: invalid syntax @1"],
  ["f(**a, b)", "SyntaxError: positional arg after ** @1 in <module>"],
  ["f(*a for a in b)", "SyntaxError: invalid syntax @1"],
  ["x = 0x1g", "SyntaxError: invalid syntax for integer with base 16: '1g' @1"],
  ["x = 0o8", "SyntaxError: invalid syntax for integer with base 8: '8' @1"],
  ["x = 1.5e", "SyntaxError: invalid syntax for number @1"],
  ["x = 1ee5", "SyntaxError: invalid syntax for number @1"],
  ["x = 09.5", "ok"],
  ["x = 09", "SyntaxError: invalid syntax for integer with base 0: '09' @1"],
  ["x = 1jj", "SyntaxError: invalid syntax for number @1"],
  ["x = 1.5x", "SyntaxError: invalid syntax for number @1"],
  ["x = 0x1.5", "SyntaxError: invalid syntax for number @1"],
  ['print(f"{x!z}")', "SyntaxError: invalid syntax @1"],
  ['print(f"{")', "SyntaxError: invalid syntax @1"],
  ['print(f"{x#}")', "SyntaxError: invalid syntax @2"],
  ['print(f"{x!r=}")', "SyntaxError: invalid syntax @1"],
  ['print(f"{ x = }")', "SyntaxError: invalid syntax @1"],
  ['print(f"{x!}")', "SyntaxError: invalid syntax @1"],
  ['print(f"{x!r }")', "SyntaxError: invalid syntax @1"],
  ['print(f"{1}" b"")', "SyntaxError: invalid syntax @1"],
  ['print(f"{x!a}")', "SyntaxError: invalid syntax @1"],
  ["f(a.b=1)", "SyntaxError: LHS of keyword arg must be an id @1 in <module>"],
  ["f(1=1)", "SyntaxError: LHS of keyword arg must be an id @1 in <module>"],
  ["x = 1 + \\", "SyntaxError: invalid syntax @2"],
  ["x = $", "SyntaxError: invalid syntax @1"],
  ["x = 1 ! 2", "SyntaxError: invalid syntax @1"],
  ["x = a..b", "SyntaxError: invalid syntax @1"],
  ["lambda **k, a: 0", "SyntaxError: invalid syntax @1 in <lambda>"],
  ["if 1:\n  x=1\n    y=2", "IndentationError: unexpected indent @3"],
  ["if 1:\n    x=1\n  y=2", "IndentationError: unindent doesn't match any outer indent level @2"],
  ["if 1:\nx=1", "SyntaxError: invalid syntax @2"],
  ["x = (1,\n", "SyntaxError: invalid syntax @2"],
  ['x = "abc', "SyntaxError: invalid syntax @1"],
  ["x=1\n\n\nfoo(\n1,\n))", "SyntaxError: invalid syntax @6"],
  [
    "if 1:\n    x=(1,\n2)\n  y=2",
    "IndentationError: unindent doesn't match any outer indent level @3",
  ],
  [
    "if 1:\n    x=1\n\n\n  y=2",
    "IndentationError: unindent doesn't match any outer indent level @2",
  ],
  [
    "def f():\n    x=1\n  # c\n  y=2",
    "IndentationError: unindent doesn't match any outer indent level @2",
  ],
  ["  x=1", "IndentationError: unexpected indent @1"],
  ["x=1\nif 1:", "SyntaxError: invalid syntax @3"],
  ["def f():\n  return\n x", "IndentationError: unindent doesn't match any outer indent level @2"],
  ["try:\n  pass\n", "SyntaxError: invalid syntax @3"],
  ["try:\n  pass\nelse:\n  pass", "SyntaxError: invalid syntax @3"],
  ["try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", "ok"],
  ["x = [1,\n 2,\n 3\n", "SyntaxError: invalid syntax @4"],
  ['"""abc', "SyntaxError: invalid syntax @1"],
  ["class A:\n\n  def f(self):\n\n      pass\n\n  x = 1", "ok"],
  ["if x:\n\\tpass\n        pass", "SyntaxError: invalid syntax @2"],
  ["if x:\n        pass\n\\tpass", "SyntaxError: invalid syntax @3"],
  ["x = (1 # c\n, 2)", "ok"],
  ["@dec\nclass A: pass", "ok"],
  ["@dec\nx = 1", "SyntaxError: invalid syntax @2"],
  ["async def f():\n  async with a: pass", "ok"],
  ["async x = 1", "SyntaxError: invalid syntax @1"],
  ["async def f(): await x", "ok"],
  ["def f(): yield from", "SyntaxError: invalid syntax @1"],
  ["return x", "ok"],
  ["f(a)(b)[c].d", "ok"],
  ["x = [i async for i in y]", "SyntaxError: invalid syntax @1"],
  ["x = {1: 2, 3}", "SyntaxError: expecting key:value for dict @1 in <module>"],
  ["x = {1, 2: 3}", "SyntaxError: expecting just a value for set @1 in <module>"],
  ["x = {*a}", "SyntaxError: invalid syntax @1"],
  ["x = {**a, **b}", "SyntaxError: invalid syntax @1"],
  ["import a.b.c", "ok"],
  ["import .a", "SyntaxError: invalid syntax @1"],
  ["from .. import *", "ok"],
  ["from . import *", "ok"],
  ["from a import b as c, d as e", "ok"],
  ["from a import (b)", "ok"],
  ["from a import ()", "SyntaxError: invalid syntax @1"],
  ["from a import", "SyntaxError: invalid syntax @1"],
  ["global", "SyntaxError: invalid syntax @1"],
  ["nonlocal x, y", "ok"],
  ["assert", "SyntaxError: invalid syntax @1"],
  ["del", "SyntaxError: invalid syntax @1"],
  ["raise from x", "SyntaxError: invalid syntax @1"],
  ["raise x from", "SyntaxError: invalid syntax @1"],
  ["a = b = c", "ok"],
  ["a += b, c", "ok"],
  ["a += yield", "ok"],
  ["a: int", "ok"],
  ["a: int = yield", "ok"],
  ["a: int = 1, 2", "ok"],
  ["print(1,)", "ok"],
  ["print(,)", "SyntaxError: invalid syntax @1"],
  ["print(*)", "SyntaxError: invalid syntax @1"],
  ["print(**)", "SyntaxError: invalid syntax @1"],
  ["f(a for a in b for c in d if e if f)", "ok"],
  ["x = a if b else c if d else e", "ok"],
  ["x = lambda: lambda: 1", "ok"],
  ["x = lambda x=lambda: 1: x", "ok"],
  ["x = not not x", "ok"],
  ["x = - - x", "ok"],
  ["x = a < b > c == d >= e <= f != g in h not in i is j is not k", "ok"],
  ["x = a not b", "SyntaxError: invalid syntax @1"],
  ["x = a is not not b", "SyntaxError: invalid syntax @1"],
  ["x = 2 ** -1", "ok"],
  ["x = a[1:2:3, ::, :]", "ok"],
  ["x = a[]", "SyntaxError: invalid syntax @1"],
  ["x = a[,]", "SyntaxError: invalid syntax @1"],
  ["x = a[1,]", "ok"],
  ["x = ()", "ok"],
  ["x = (,)", "SyntaxError: invalid syntax @1"],
  ["x = (1,)", "ok"],
  ["x = [,]", "SyntaxError: invalid syntax @1"],
  ["x = {,}", "SyntaxError: invalid syntax @1"],
  ["x = ...", "ok"],
  ["x = ....", "SyntaxError: invalid syntax @1"],
  ["x = a.b.c.d", "ok"],
  ["x = a.1", "SyntaxError: invalid syntax @1"],
  ["x = 1.real", "SyntaxError: invalid syntax for number @1"],
  ["x = 1 .real", "ok"],
  ["x = 1.0.real", "SyntaxError: invalid syntax for number @1"],
  ["x = 1j.imag", "SyntaxError: invalid syntax for number @1"],
  ["x = 0xffj", "SyntaxError: invalid syntax for number @1"],
  ["x = 1_000_000.000_1", "ok"],
  ["x = 0b", "SyntaxError: invalid syntax for integer with base 2: '' @1"],
  ["x = 0o", "SyntaxError: invalid syntax for integer with base 8: '' @1"],
  ["x = 00000", "ok"],
  ["x = 0.", "ok"],
  ["x = 0e1", "ok"],
  ["x = 1e+", "SyntaxError: invalid syntax for number @1"],
  ["x = 1e-5j", "ok"],
  ['print("a" "b" \'c\' """d""")', "ok"],
  ["print(b\"a\" b'b')", "ok"],
  ['print(rb"\\x" br"\\y")', "ok"],
  ['print(f"{1}" f"{2}")', "ok"],
  ['print(u"a" "b")', "ok"],
  ['print("\\u12")', "SyntaxError: invalid syntax @1"],
  ['print("\\x1")', "SyntaxError: invalid syntax @1"],
  ['print("\\400")', "ok"],
  ['print(b"\\400")', "SyntaxError: invalid syntax @1"],
  ['print("\\7777")', "ok"],
  ["print('''a\nb''')", "ok"],
  ["print('a\nb')", "SyntaxError: invalid syntax @1"],
  ["class A(metaclass=M, *b, **c): pass", "ok"],
  ["class A(**k): pass", "ok"],
  ["class A(x=1, y): pass", "SyntaxError: positional arg after keyword arg @1 in <module>"],
  ["def f(a, *, b, c=1, **d): pass", "ok"],
  ["def f(a: int = 1, *b: str, c: int, **d: dict) -> None: pass", "ok"],
  ["def f(a, b, /, c): pass", "SyntaxError: invalid syntax @1"],
  ["def f(a,): pass", "ok"],
  ["def f(,): pass", "SyntaxError: invalid syntax @1"],
  ["def f(*a,): pass", "ok"],
  ["def f(**a,): pass", "ok"],
  ["def f(*, **a): pass", "ok"],
  ["lambda: (yield)", "ok"],
  ["lambda a, b: 0", "ok"],
  ["lambda *, a: 0", "ok"],
  ["lambda (a): 0", "SyntaxError: invalid syntax @1"],
  ["with a as b.c, d as e[0]: pass", "ok"],
  ["with a as (b, c): pass", "ok"],
  ["with a as b, : pass", "SyntaxError: invalid syntax @1"],
  ["while x: pass\nelse: pass", "ok"],
  ["for x in 1, 2: pass", "ok"],
  ["for x in *a, b: pass", "SyntaxError: invalid syntax @1"],
  ["for x in y if z: pass", "SyntaxError: invalid syntax @1"],
  ["x = [y for y in 1 if 2 else 3]", "SyntaxError: invalid syntax @1"],
  ["x = [lambda: y for y in z if lambda: 1]", "ok"],
  ["x = (yield)", "ok"],
  ["x = (yield from y)", "ok"],
  ["x = [(yield)]", "ok"],
  ["def f(): x = yield a, b", "ok"],
  ["def f(): x = yield *a, b", "SyntaxError: invalid syntax @1"],
  ["def f(): return *a, b", "SyntaxError: invalid syntax @1"],
  ["def f(): return", "ok"],
  ["if x: pass\nelif y: pass\nelse: pass\nelse: pass", "SyntaxError: invalid syntax @4"],
  ["x = 1;", "ok"],
  ["x = 1;;", "SyntaxError: invalid syntax @1"],
  [";", "SyntaxError: invalid syntax @1"],
  ["x = 1; y = 2; if z: pass", "SyntaxError: invalid syntax @1"],
  ["if x: y = 1; z = 2", "ok"],
  ["if x: if y: pass", "SyntaxError: invalid syntax @1"],
  ["match x:\n  case 1: pass", "SyntaxError: invalid syntax @1"],
  ["x = 1 \\\\ 2", "SyntaxError: invalid syntax @1"],
  ["def f(a, b=1, *, c): pass", "ok"],
  ["def f(a, b=1, *c, d): pass", "ok"],
  ["f(*a, *b, **c, **d)", "ok"],
  ["f(a, b=1, *c, d=2, **e)", "ok"],
  ["f(**a, *b, c=1)", "SyntaxError: * arg after ** @1 in <module>"],
  ["x = [*a, *b]", "ok"],
  ["print(*a, *b)", "ok"],
  ["a[1:2] = b", "ok"],
  ["a.b, c[d] = 1, 2", "ok"],
  ["[a, [b, c]] = x", "ok"],
  ["(a) = 1", "ok"],
  ["((a)) += 1", "ok"],
  ["x = yield", "ok"],
  ["def f():\n x = yield\n y = yield from z\n await q", "ok"],
  ['def f():\n    """doc"""\n    return (yield)', "ok"],
  ['print("é", b"é")', "ok"],
  ["x = ü + 1", "ok"],
  ["x = a€b", "ok"],
  ["x = '\\''", "ok"],
  ['x = "\\""', "ok"],
  ["x = r'\\''", "ok"],
  ['x = r"\\"', "SyntaxError: invalid syntax @1"],
  ["x = r'\\\\'", "ok"],
  ["x = '\\\\'", "ok"],
  ["x = '''a''''", "SyntaxError: invalid syntax @1"],
  ['x = """a"""""', "ok"],
  ["x = ''''''", "ok"],
  ['x = ""', "ok"],
  ['x = f""', "ok"],
  ['x = f"{{}}"', "ok"],
  ['x = f"}}"', "ok"],
  ['x = f"}"', "ok"],
  ['x = f"{}"', "ok"],
  ['x = f"{a}{b!r}{c:>{d}}{e=}"', "ok"],
  ['x = f\'{"a" if x else "b"}\'', "ok"],
  ["x = f\"{x:{'>'}10}\"", "ok"],
  ['x = f"{{{x}}}"', "ok"],
  ["x = f'''{\nx\n}'''", "ok"],
  ['x = f"{x\n}"', "ok"],
  ["x = f\"{f'{x}'}\"", "ok"],
  ['x = f"{a[1:2]}"', "ok"],
  ['x = f"{a!r:}"', "ok"],
  ['x = f"{a:}"', "ok"],
  ['x = f"{a:{b:{c}}}"', "ok"],
  ['x = f"a\nb{x}"', "SyntaxError: invalid syntax @1"],
  ['x = rf"a\nb{x}"', "SyntaxError: invalid syntax @1"],
  ['x = f"{x}" "y{}"', "ok"],
  ['x = f"{x:{{}}"', "ok"],
  ['x = b"é" + br"é"', "ok"],
  ["x = 1 if x else", "SyntaxError: invalid syntax @1"],
  ["x = if", "SyntaxError: invalid syntax @1"],
  ["x = else", "SyntaxError: invalid syntax @1"],
  ["x = in", "SyntaxError: invalid syntax @1"],
  ["x = None.x", "ok"],
  ["x = True()", "ok"],
  ["x = ...[0]", "ok"],
  ["x = a if b", "SyntaxError: invalid syntax @1"],
  ["x = (a for b in c)", "ok"],
  ["x = (a for b in c if d for e in f)", "ok"],
  ["x = [a for b in c for]", "SyntaxError: invalid syntax @1"],
  ["x = (x := 5)", "ok"],
  ["x = [y := 1, y**2]", "ok"],
  ["f(x := 1)", "ok"],
  ["f(a, x := 1)", "ok"],
  ["while (x := f()): pass", "ok"],
  ["x = a[b := 1]", "SyntaxError: invalid syntax @1"],
  ["x = {a := 1}", "SyntaxError: invalid syntax @1"],
  ["x = {a := 1: 2}", "SyntaxError: invalid syntax @1"],
  ["def f(x := 1): pass", "SyntaxError: invalid syntax @1"],
  ["x = lambda: x := 1", "SyntaxError: invalid syntax @1"],
  ["print(x := 1)", "ok"],
  ["x = {**a}", "SyntaxError: invalid syntax @1"],
  ["x = {**a, 'b': 1}", "SyntaxError: invalid syntax @1"],
  ["x = {'b': 1, **a}", "SyntaxError: invalid syntax @1"],
  ["x = {*a, 1}", "SyntaxError: invalid syntax @1"],
  ["x = {1, *a}", "SyntaxError: invalid syntax @1"],
  ["x = [*a]", "ok"],
  ["x = (*a,)", "ok"],
  ["x = *a,", "ok"],
  ["x = {1: 2 for a in b}", "ok"],
  ["x = {1: 2, 3: 4 for a in b}", "SyntaxError: invalid syntax @1"],
  ["x = {1, 2 for a in b}", "SyntaxError: invalid syntax @1"],
  ["x = [1, 2 for a in b]", "SyntaxError: invalid syntax @1"],
  ["x = (1, 2 for a in b)", "SyntaxError: invalid syntax @1"],
  ["f(1, 2 for a in b)", "ok"],
  ["async def f(): return [i for i in y if await z]", "ok"],
  ['print("{:>12.2f}|".f.2f}|{:^12.2f}|".format(2.5))', "SyntaxError: invalid syntax @1"],
  ['print(f"\\0[{pi:{w}.{p}f]", f"[{name:>{w}}]")', "ok"],
  ["x = 1\n\n\ny = (\n\n", "SyntaxError: invalid syntax @6"],
  [
    "if 1:\n  pass\n else:\n  pass",
    "IndentationError: unindent doesn't match any outer indent level @2",
  ],
  [
    "for x in y:\n  pass\nelse:\n    pass\n  x",
    "IndentationError: unindent doesn't match any outer indent level @4",
  ],
  ["class A:\npass", "SyntaxError: invalid syntax @2"],
  ["def f():\n\n\n  \n  pass", "ok"],
  ["x = [\n1,\n  2,\n    3]\ny = 1", "ok"],
  ["x = 1 +\\\\\n  2", "SyntaxError: invalid syntax @1"],
  ["x = 'a' \\\\\n  'b'", "SyntaxError: invalid syntax @1"],
  ["x = 'a' \n'b'", "ok"],
  ["x = ('a'\n'b')", "ok"],
];

Deno.test("outcomes match MicroPython", () => {
  const bad: string[] = [];
  for (const [src, want] of CASES) {
    const got = outcome(src);
    if (got !== want) bad.push(`${JSON.stringify(src)}: got ${got}, want ${want}`);
  }
  assertEquals(bad, []);
});
