// Random functions for the JIT's differential fuzz (jit_fuzz_test.ts): typed expressions and
// statements over int (with operands near every small-int / 2**53 / 2**64 boundary), float,
// bool, str, list, tuple, dict, set and instances, in loops, branches, closures, lambdas,
// comprehensions, recursion and calls between the generated functions (defaults, keywords,
// *args, **kwargs, methods). Some statements raise; a few functions hold a try block (and so
// stay interpreted). The module level calls every function under try/except and prints what it
// returned or raised; some programs end with calls outside any try, so the traceback counts.
import {
  CALL_BUDGET,
  ExprGen,
  type Fn,
  KEYS,
  MAX_BLOCK,
  MODULI,
  PARAM_TYPES,
  PRINTABLE,
  RETURNS,
  type Scope,
  SHIFTS,
  STRS,
  type T,
  type Var,
} from "./jit_fuzz_expr.ts";
export interface JitCase {
  name: string;
  source: string;
  /** The module-level expression calling it. */
  call: string;
}

export class JitGen extends ExprGen {
  /** Statements at `ind` levels of indent. */
  block(s: Scope, depth: number, ind: number): string[] {
    const out: string[] = [];
    const inner: Scope = { ...s, vars: [...s.vars] };
    for (let n = this.int(1, 4); n > 0; n--) out.push(...this.stmt(inner, depth, ind));
    if (out.length === 0) out.push("    ".repeat(ind) + "pass");
    return out;
  }

  private assignTarget(s: Scope, t: T): string {
    const v = this.coin(0.5) ? this.varOf(s, t, true) : undefined;
    if (v !== undefined) return v;
    const name = this.fresh("v");
    s.vars.push({ name, type: t, ro: false });
    return name;
  }

  /** `e`, kept from growing: always in a loop, in a return and into a global (kept between
   * calls), mostly elsewhere (values would grow with every iteration or level of calls). */
  private bounded(t: T, e: string, s: Scope, always = false): string {
    if (!s.inLoop && !always && this.coin(0.2)) return e;
    if (t === "int") return `(${e}) % ${this.pick(MODULI)}`;
    if (t === "str" || t === "list" || t === "tuple") return `(${e})[:8]`;
    return e;
  }

  private stmt(s: Scope, depth: number, ind: number): string[] {
    const p = "    ".repeat(ind);
    const sub = (sc: Scope) => this.block(sc, depth + 1, ind + 1);
    const k = this.int(0, 99);
    const deeper = depth < MAX_BLOCK;
    if (k < 22) {
      const t = this.pick(
        ["int", "int", "int", "float", "str", "list", "dict", "obj", "set", "bool", "tuple"] as T[],
      );
      const e = this.expr(s, t);
      const v = this.assignTarget(s, t);
      return [`${p}${v} = ${this.bounded(t, e, s, v.startsWith("G"))}`];
    }
    if (k < 30) {
      const v = this.varOf(s, "int", true);
      if (v === undefined) return [];
      const op = this.pick(["+=", "-=", "*=", "//=", "%=", "<<=", "^=", "|="]);
      const rhs = op === "<<="
        ? this.pick(SHIFTS)
        : op[0] === "/" || op[0] === "%"
        ? this.pick(MODULI)
        : this.expr(s, "int");
      // in a loop or on a global (kept between calls), += of a constant only: no growth
      if (s.inLoop || v.startsWith("G")) {
        if (op[0] === "/" || op[0] === "%") return [`${p}${v} ${op} ${rhs}`];
        return [`${p}${v} ${this.pick(["+=", "-=", "^="])} ${this.intLit()}`];
      }
      return [`${p}${v} ${op} ${rhs}`];
    }
    if (k < 37) return [`${p}print(${this.expr(s, this.pick(PRINTABLE))})`];
    if (k < 38) return [`${p}print(*${this.expr(s, "list")}, sep=${this.pick(STRS)})`];
    if (k < 46) {
      const l = this.varOf(s, "list", true);
      if (l === undefined) return [];
      const ops = [
        `append(${this.bounded("int", this.expr(s, "int"), s)})`,
        `insert(${this.int(-3, 3)}, ${this.intLit()})`,
      ];
      if (!s.inLoop) ops.push(`extend(${this.expr(s, "list")})`, "sort()", "reverse()", "pop()");
      const call = this.coin(0.8)
        ? `${l}.${this.pick(ops)}`
        : `${l}[${this.int(-4, 4)}] = ${this.intLit()}`;
      return [`${p}${call}`];
    }
    if (k < 51) {
      const d = this.varOf(s, "dict", true) ?? this.varOf(s, "obj");
      if (d === undefined) return [];
      if (s.vars.find((v) => v.name === d)!.type === "obj") {
        return [
          `${p}${d}.${this.pick(["x", "y"])} = ${this.bounded("int", this.expr(s, "int"), s)}`,
        ];
      }
      return [
        this.coin(0.8)
          ? `${p}${d}[${this.pick(KEYS)}] = ${this.bounded("int", this.expr(s, "int"), s)}`
          : `${p}del ${d}[${this.pick(KEYS)}]`,
      ];
    }
    if (k < 53) return this.unpack(s, p);
    if (k < 55) return this.storeInPlace(s, p);
    if (k < 63 && deeper) {
      const lines = [`${p}if ${this.expr(s, "bool")}:`, ...sub(s)];
      if (this.coin(0.3)) lines.push(`${p}elif ${this.expr(s, "bool")}:`, ...sub(s));
      if (this.coin(0.5)) lines.push(`${p}else:`, ...sub(s));
      return lines;
    }
    if (k < 75 && deeper) return this.loop(s, depth, ind);
    if (k < 80 && s.inLoop) {
      return [`${p}if ${this.expr(s, "bool")}:`, `${p}    ${this.pick(["break", "continue"])}`];
    }
    if (k < 84 && s.fn !== undefined) {
      const r = this.bounded(s.fn.ret, this.expr(s, s.fn.ret), s, true);
      return [`${p}if ${this.expr(s, "bool")}:`, `${p}    return ${r}`];
    }
    if (k < 88) return this.hazard(s, p);
    if (k < 91 && depth === 0 && !s.inLoop && s.fn !== undefined) return this.closure(s, p);
    if (k < 93 && depth === 0 && this.fns.length > 0 && !s.noCalls) {
      // a call whose result is dropped, for its prints and exceptions
      const f = this.pick(this.fns);
      if (s.cost.n + f.cost * s.loop > CALL_BUDGET) return [];
      s.cost.n += f.cost * s.loop;
      return [`${p}${this.callOf(f, s, 1)}`];
    }
    if (k < 95) return [`${p}P.n = (P.n + ${this.expr(s, "int")}) % 1000`];
    if (k < 97) {
      // a bound method called through a variable
      const m = this.fresh("bm");
      const o = this.varOf(s, "obj") ?? this.literal("obj");
      return [
        `${p}${m} = ${o}.${this.pick(["m", "inc"])}`,
        `${p}print(${m}(${this.expr(s, "int")}).__class__.__name__)`,
      ];
    }
    return [];
  }

  /** Augmented and slice stores into a container or attribute (DUP_TOP_TWO, ROT_THREE). */
  private storeInPlace(s: Scope, p: string): string[] {
    const l = this.varOf(s, "list", true);
    const d = this.varOf(s, "dict", true);
    const o = this.varOf(s, "obj");
    const op = this.pick(["+=", "-=", "^=", "//=", "%="]);
    const rhs = op === "//=" || op === "%=" ? this.pick(MODULI) : this.intLit();
    switch (this.int(0, 4)) {
      case 0:
        return l === undefined ? [] : [`${p}${l}[${this.int(-3, 3)}] ${op} ${rhs}`];
      case 1:
        return d === undefined ? [] : [`${p}${d}[${this.pick(KEYS)}] ${op} ${rhs}`];
      case 2:
        return o === undefined ? [] : [`${p}${o}.${this.pick(["x", "y"])} ${op} ${rhs}`];
      case 3:
        if (l === undefined || s.inLoop) return [];
        return [`${p}${l}[${this.slice(false)}] = ${this.expr(s, "list")}`];
      default:
        return l === undefined ? [] : [`${p}del ${l}[${this.pick(["0", "-1", "1:3", ":1"])}]`];
    }
  }

  private unpack(s: Scope, p: string): string[] {
    const ints = s.vars.filter((v) => v.type === "int" && !v.ro);
    if (ints.length >= 2 && (s.inLoop || this.coin(0.4))) {
      const [a, b] = [this.pick(ints).name, this.pick(ints).name];
      if (a !== b) return [`${p}${a}, ${b} = ${b}, ${a}`];
    }
    if (s.inLoop) return [];
    const a = this.assignTarget(s, "int");
    if (this.coin(0.5)) {
      const rest = this.fresh("v");
      const src = this.expr(s, this.pick(["list", "tuple"] as T[]));
      const targets = this.pick([`${a}, *${rest}`, `*${rest}, ${a}`, `${a}, *${rest}, ${a}`]);
      s.vars.push({ name: rest, type: "list", ro: false });
      return [`${p}${targets} = ${src}`];
    }
    const b = this.assignTarget(s, "int");
    if (a === b) return [];
    return [`${p}${a}, ${b} = ${this.expr(s, this.pick(["list", "tuple"] as T[]))}`];
  }

  private loop(s: Scope, depth: number, ind: number): string[] {
    const p = "    ".repeat(ind);
    const v = this.fresh("i");
    const body = (t: T, n: number, extra: Var[] = []) => {
      const sc: Scope = {
        ...s,
        vars: [...s.vars, { name: v, type: t, ro: true }, ...extra],
        loop: s.loop * n,
        inLoop: true,
      };
      return this.block(sc, depth + 1, ind + 1);
    };
    const kind = this.int(0, 6);
    if (kind === 6 && depth === 0 && !s.inLoop) {
      // long enough for the default mode to compile the function in the middle of the loop
      return [`${p}for ${v} in range(${this.int(40, 120)}):`, ...body("int", 120)];
    }
    if (kind === 0) {
      const w = this.fresh("w");
      const sc: Scope = {
        ...s,
        vars: [...s.vars, { name: w, type: "int", ro: true }],
        loop: s.loop * 6,
        inLoop: true,
      };
      return [
        `${p}${w} = 0`,
        `${p}while ${w} < ${this.int(0, 6)}:`,
        `${p}    ${w} += 1`,
        ...this.block(sc, depth + 1, ind + 1),
      ];
    }
    if (kind === 1) return [`${p}for ${v} in ${this.expr(s, "str")}[:6]:`, ...body("str", 6)];
    if (kind === 2) {
      const val = this.fresh("i");
      const extra: Var = { name: val, type: "int", ro: true };
      return [
        `${p}for ${v}, ${val} in ${this.varOf(s, "dict") ?? this.literal("dict")}.items():`,
        ...body("str", 13, [extra]),
      ];
    }
    if (kind === 3) {
      const src = this.pick([
        `${this.expr(s, "list")}[:6]`,
        `It(${this.int(0, 6)})`,
        `Gen(${this.int(0, 6)})`,
      ]);
      return [`${p}for ${v} in ${src}:`, ...body("int", 6)];
    }
    const lines = [`${p}for ${v} in range(${this.rangeArgs()}):`, ...body("int", 8)];
    if (this.coin(0.2)) lines.push(`${p}else:`, `${p}    print('else', ${v})`);
    return lines;
  }

  /** A statement that may raise, under a condition. */
  private hazard(s: Scope, p: string): string[] {
    const c = `${p}if ${this.expr(s, "bool")}:`;
    const i = () => this.expr(s, "int");
    switch (this.int(0, 10)) {
      case 0:
        return [c, `${p}    raise ValueError(${i()}, ${this.pick(STRS)})`];
      case 1:
        return [c, `${p}    print(${this.expr(s, "str")} + ${i()})`];
      case 2: {
        const u = this.fresh("u");
        return [c, `${p}    ${u} = ${i()}`, `${p}print(${u})`];
      }
      case 3:
        return [c, `${p}    print(undefined_name)`];
      case 4:
        return [`${p}assert ${this.expr(s, "bool")}, ${i()}`];
      case 5:
        return [c, `${p}    print(${this.varOf(s, "obj") ?? "P(1, 2)"}.zz)`];
      case 6:
        return [c, `${p}    print(${this.expr(s, "list")}[${this.int(-8, 8)}])`];
      case 7: {
        const f = this.fns.length > 0 ? this.pick(this.fns).name : "P";
        return [c, `${p}    print(${f}(1, 2, 3, 4, 5, 6, 7))`];
      }
      case 8: {
        const v = this.varOf(s, this.pick(["int", "list", "str"] as T[]), true);
        if (v === undefined || v.startsWith("G")) return [];
        return [c, `${p}    del ${v}`];
      }
      case 9:
        // the traceback names the line of the failing operation, not the statement's first
        return [
          `${p}print(`,
          `${p}    ${i()},`,
          `${p}    ${this.expr(s, "list")}[${this.int(-4, 4)}],`,
          `${p}    ${i()} // ${this.expr(s, "int")},`,
          `${p})`,
        ];
      default:
        return [c, `${p}    print(${this.expr(s, "dict")}[${this.pick(KEYS)}])`];
    }
  }

  /** A local function with a nonlocal counter, added to the scope's local callables. */
  private closure(s: Scope, p: string): string[] {
    const acc = this.fresh("acc");
    const name = this.fresh("inner");
    const arg = this.fresh("p");
    const dflt = this.fresh("p");
    const ints = s.vars.filter((v) => v.type === "int").map((v) => ({ ...v, ro: true }));
    const sc: Scope = {
      ...s,
      vars: [
        ...ints,
        { name: arg, type: "int", ro: true },
        { name: dflt, type: "int", ro: true },
        { name: acc, type: "int", ro: false },
      ],
      noCalls: true,
      fn: undefined,
      locals: [],
    };
    const lines = [
      `${p}${acc} = ${this.expr(s, "int")}`,
      `${p}def ${name}(${arg}, ${dflt}=${this.expr(s, "int")}):`,
      `${p}    nonlocal ${acc}`,
      `${p}    ${acc} = (${acc} + ${this.expr(sc, "int")}) % ${this.pick(MODULI)}`,
      `${p}    return ${this.expr(sc, "int")}`,
    ];
    s.locals.push(name);
    return lines;
  }

  /** The next function, in one of the signature forms; a few hold a try block. */
  function(name: string): JitCase {
    const form = this.pick(
      [
        "plain",
        "plain",
        "plain",
        "defaults",
        "varargs",
        "kwargs",
        "kwonly",
        "method",
        "recursive",
      ] as const,
    );
    const params: Fn["params"] = [];
    if (form === "recursive") params.push({ name: "n", type: "int" });
    for (let n = this.int(form === "plain" ? 0 : 1, 3); n > 0; n--) {
      const t = this.pick(PARAM_TYPES);
      params.push({ name: `a${params.length}`, type: t });
    }
    if (form === "defaults" || form === "kwonly") {
      for (let n = this.int(1, 2); n > 0; n--) {
        params.push({ name: `a${params.length}`, type: "int", def: this.intLit() });
      }
    }
    const fn: Fn = { name, params, form, ret: this.pick(RETURNS), cost: 1 };
    const vars: Var[] = params.map((q) => ({ name: q.name, type: q.type, ro: q.name === "n" }));
    for (const g of ["G0", "G1", "G2"]) vars.push({ name: g, type: "int", ro: true });
    const globals = this.coin(0.3) ? ["G0", "G1"].slice(0, this.int(1, 2)) : [];
    for (const v of vars) if (globals.includes(v.name)) v.ro = false;
    if (form === "varargs") vars.push({ name: "args", type: "tuple", ro: true });
    if (form === "kwargs") vars.push({ name: "kw", type: "dict", ro: true });
    if (form === "method") vars.push({ name: "self", type: "obj", ro: true });
    const s: Scope = {
      vars,
      loop: 1,
      inLoop: false,
      fn,
      cost: { n: 0 },
      locals: [],
      noCalls: false,
      selfCallDone: { v: false },
    };
    const ind = form === "method" ? 2 : 1;
    const p = "    ".repeat(ind);
    const body: string[] = [];
    if (globals.length > 0) body.push(`${p}global ${globals.join(", ")}`);
    // Recursion stays shallow (n <= 6 at the call sites). EXCLUDED, a known JIT difference
    // (reported): compiled code overflows the JavaScript stack long before the interpreter's
    // limit of 4000 frames; calls with keywords fail from ~1300 levels, recursion through an
    // interpreted function (one with a try block) from ~800, plain recursion near 3900 at times.
    if (form === "recursive") {
      s.selfCallDone.v = true; // the base case does not recurse
      body.push(`${p}if n <= 0:`, `${p}    return ${this.expr(s, fn.ret)}`);
      s.selfCallDone.v = false;
    }
    for (let n = this.int(2, 6); n > 0; n--) body.push(...this.stmt(s, 0, ind));
    if (this.coin(0.08)) {
      // a try block keeps this function interpreted: compiled callees inside it
      body.push(`${p}try:`, ...this.block(s, 1, ind + 1));
      body.push(`${p}except (ZeroDivisionError, IndexError, KeyError) as e:`);
      body.push(`${p}    print('caught', type(e).__name__, e.args)`);
    }
    // bounded, or values could grow with every level of calls
    body.push(`${p}return ${this.bounded(fn.ret, this.expr(s, fn.ret), s, true)}`);
    fn.cost = 1 + s.cost.n * (form === "recursive" ? 7 : 1);
    let head = `def ${name}(${this.paramList(fn)}):`;
    if (form === "method") {
      head = `class C${name}(P):\n    def ${name}(self, ${this.paramList(fn)}):`;
    }
    const modScope: Scope = { ...s, vars: [], fn: undefined, cost: { n: 0 }, locals: [] };
    const call = this.callOf(fn, modScope, 2);
    this.fns.push(fn);
    return { name, source: [head, ...body].join("\n"), call };
  }

  /** Module-level statements (names, not locals: compiled too, as the module has no try). */
  moduleCode(): string[] {
    const s: Scope = {
      vars: ["G0", "G1", "G2"].map((name) => ({ name, type: "int" as T, ro: false })),
      loop: 1,
      inLoop: false,
      fn: undefined,
      cost: { n: 0 },
      locals: [],
      noCalls: false,
      selfCallDone: { v: false },
    };
    const out: string[] = [];
    for (let n = this.int(2, 6); n > 0; n--) out.push(...this.stmt(s, 0, 0));
    return out;
  }

  private paramList(f: Fn): string {
    const ps = f.params.map((q) => q.def === undefined ? q.name : `${q.name}=${q.def}`);
    if (f.form === "varargs") ps.push("*args");
    if (f.form === "kwargs") ps.push("**kw");
    if (f.form === "kwonly") {
      const i = f.params.findIndex((q) => q.def !== undefined);
      ps.splice(i, 0, "*");
    }
    return ps.join(", ").replace(/^, /, "");
  }
}

const HEADER = `G0 = 7
G1 = -1073741824
G2 = 12345678901234567890
class P:
    n = 0
    def __init__(self, x, y=2):
        self.x = x
        self.y = y
    def m(self, z):
        return self.x * z - self.y
    def inc(self, d=1):
        self.x = (self.x + d) % 4294967311
        return self
class Q(P):
    def m(self, z):
        return super().m(z) + 1
class V:
    def __init__(self, n):
        self.n = n % 1000003
    def __add__(self, o):
        return V(self.n + (o.n if isinstance(o, V) else o))
    def __lt__(self, o):
        return self.n < o.n
    def __eq__(self, o):
        return self.n == o.n
    def __bool__(self):
        return self.n % 3 != 0
    def __len__(self):
        return self.n % 7
    def __getitem__(self, i):
        return self.n * 10 + i
class W(P):
    k = 5
    @property
    def x2(self):
        return self.x * 2
    def __getattr__(self, name):
        return len(name)
class LL(list):
    def __getitem__(self, i):
        return len(self) * 1000 + i
class II(int):
    pass
class FF(float):
    pass
class It:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        a, b = [self.i, self.i * 10]
        return a + b
def Gen(n):
    for i in range(n):
        yield i * i - 3
`;

/** A program of `count` functions from `gen`, each called by its own function with a try
 * block (interpreted), so that the module code has none and compiles too. It ends with a few
 * module-level statements; with `crash`, then calls outside any try, so the first that raises
 * prints its traceback. */
export function jitProgram(gen: JitGen, first: number, count: number, crash: boolean): string {
  gen.reset();
  const parts = [HEADER];
  const cases: JitCase[] = [];
  for (let i = 0; i < count; i++) cases.push(gen.function(`f${first + i}`));
  for (const c of cases) {
    parts.push(
      c.source,
      `def run_${c.name}():`,
      "    try:",
      `        print('${c.name}', ${c.call})`,
      "    except Exception as e:",
      `        print('${c.name}', type(e).__name__, e.args)`,
      `run_${c.name}()`,
    );
  }
  parts.push(...gen.moduleCode());
  if (crash) {
    for (let i = 0; i < 5; i++) parts.push(`print(${gen.pick(cases).call})`);
  }
  return parts.join("\n") + "\n";
}
