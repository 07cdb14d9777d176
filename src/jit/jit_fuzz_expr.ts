// The expression half of the JIT fuzz generator (jit_fuzz_gen.ts has the statements and
// functions): literals near the integer representations' edges, typed expressions, and calls of
// the functions generated so far in every form their signatures accept.
import { rng } from "../py/flow_fuzz_gen.ts";

export type T = "int" | "float" | "bool" | "str" | "list" | "tuple" | "dict" | "set" | "obj";

function words(s: string): string[] {
  return s.split(" ");
}
export const PRINTABLE = words("int int int float bool str list tuple dict") as T[];
export const RETURNS: T[] = ["int", "int", "int", "int", "float", "str", "list", "bool", "tuple"];
export const PARAM_TYPES: T[] = ["int", "int", "int", "int", "float", "str", "list"];

export const SMALL_INTS = words("0 1 2 3 -1 -2 5 7 10 -7 100 255 -128");
/** Near the edges a JavaScript tier may take: 2**30, 2**31, 2**32, 2**53, 2**63, 2**64. */
export const EDGE_INTS = words(
  "1073741823 1073741824 -1073741824 -1073741825 2147483647 2147483648 -2147483648 4294967295 " +
    "4294967296 46341 65536 67108864 94906267 3037000499 9007199254740991 9007199254740992 " +
    "9007199254740993 -9007199254740993 4611686018427387904 9223372036854775807 " +
    "-9223372036854775808 18446744073709551616 12345678901234567890123",
);
export const FLOATS = words(
  "0.0 0.5 -2.25 3.0 1e10 -0.0 2.5 1e-05 123456789.125 1e308 9007199254740992.0 4294967296.0 -1.5",
);
export const STRS = ["''", "'a'", "'abc'", "'xyz'", "'a,b,c'", "'hello world'", "'Zz9'"];
export const KEYS = ["'a'", "'b'", "'c'", "'x'", "'y'"];
/** Moduli that keep ints in loops from growing without bound (some negative, some huge). */
export const MODULI = [
  "97",
  "1000003",
  "-1000003",
  "4294967311",
  "9007199254740881",
  "340282366920938463463374607431768211507",
];
export const SHIFTS = ["0", "1", "5", "30", "31", "32", "33", "53", "62", "63", "64", "65", "100"];

export interface Var {
  name: string;
  type: T;
  /** Loop targets and counters, parameters of lambdas: never assigned. */
  ro: boolean;
}

/** A generated function as its callers see it. */
export interface Fn {
  name: string;
  params: { name: string; type: T; def?: string }[];
  form: "plain" | "defaults" | "varargs" | "kwargs" | "kwonly" | "method" | "recursive";
  ret: T;
  /** Calls one call of it makes, roughly (keeps the call graph from exploding). */
  cost: number;
}

export interface Scope {
  vars: Var[];
  /** Product of the enclosing loops' iteration bounds. */
  loop: number;
  inLoop: boolean;
  fn: Fn | undefined;
  /** Calls this function makes so far (weighted by loops). */
  cost: { n: number };
  /** Local functions (closures) taking one int. */
  locals: string[];
  /** Inside a closure: no calls of generated functions (their cost is not counted). */
  noCalls: boolean;
  /** A recursive function recurses once, outside loops (or its cost would explode). */
  selfCallDone: { v: boolean };
}

export const CALL_BUDGET = 120;
const MAX_EXPR = 3;
export const MAX_BLOCK = 3;

export class ExprGen {
  private readonly rand: () => number;
  protected fns: Fn[] = [];
  private uid = 0;

  constructor(seed: number) {
    this.rand = rng(seed);
  }

  coin(p: number): boolean {
    return this.rand() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }
  protected fresh(p: string): string {
    return `${p}${this.uid++}`;
  }

  /** Start a new program: no earlier functions to call. */
  reset(): void {
    this.fns = [];
  }

  protected intLit(): string {
    const s = this.coin(0.6) ? this.pick(SMALL_INTS) : this.pick(EDGE_INTS);
    return s.startsWith("-") && this.coin(0.5) ? `(${s})` : s;
  }

  literal(t: T): string {
    switch (t) {
      case "int":
        return this.intLit();
      case "float":
        return this.pick(FLOATS);
      case "bool":
        return this.pick(["True", "False"]);
      case "str":
        return this.pick(STRS);
      case "list":
        return this.pick(["[]", "[1, 2, 3]", "[-5, 0, 7, 1073741824]", "[3]", "[2, -1, 9, 4]"]);
      case "tuple":
        return this.pick(["()", "(1, 2)", "(7, -3, 2147483648)", "(0,)"]);
      case "dict":
        return this.pick(["{}", "{'a': 1, 'x': 2}", "{'b': -7, 'c': 4294967296, 'y': 0}"]);
      case "set":
        return this.pick(["set()", "{1, 2}", "{-1, 5, 9007199254740993}"]);
      case "obj":
        return `P(${this.intLit()}, ${this.intLit()})`;
    }
  }

  protected varOf(s: Scope, t: T, writable = false): string | undefined {
    const vs = s.vars.filter((v) => v.type === t && (!writable || !v.ro));
    return vs.length === 0 ? undefined : this.pick(vs).name;
  }

  /** An expression of type `t`. */
  expr(s: Scope, t: T, d = 0): string {
    if (d >= MAX_EXPR || this.coin(0.25)) {
      if (this.coin(0.6)) {
        const v = this.varOf(s, t);
        if (v !== undefined) return v;
      }
      return this.literal(t);
    }
    for (let tries = 0; tries < 4; tries++) {
      const e = this.compound(s, t, d + 1);
      if (e !== undefined) return e;
    }
    return this.varOf(s, t) ?? this.literal(t);
  }

  private compound(s: Scope, t: T, d: number): string | undefined {
    const e = (u: T) => this.expr(s, u, d);
    const leaf = (u: T) => this.varOf(s, u) ?? this.literal(u);
    const idx = () => this.coin(0.8) ? this.pick(["0", "-1", "1", "0", "-1", "2", "-3"]) : e("int");
    const k = this.int(0, 99);
    if (k < 8 && t !== "obj") return `(${e(t)} if ${e("bool")} else ${e(t)})`;
    if (k < 14 && !s.noCalls) return this.callExpr(s, t, d);
    if (k < 19) return this.unusual(s, t, d);
    switch (t) {
      case "int": {
        if (k < 45) {
          const op = this.pick(["+", "-", "*", "+", "-", "*", "//", "%", "&", "|", "^"]);
          const rhs = (op === "//" || op === "%") && this.coin(0.6) ? this.pick(MODULI) : e("int");
          return `(${e("int")} ${op} ${rhs})`;
        }
        if (k < 52) return `(${e("int")} ${this.pick(["<<", ">>"])} ${this.pick(SHIFTS)})`;
        if (k < 55) return `(${leaf("int")} ** ${this.pick(["0", "1", "2", "3", "5"])})`;
        if (k < 60) return `${this.pick(["-", "~", "+", "-"])}${e("int")}`;
        if (k < 63) return `(${e("bool")} + ${e("int")})`;
        if (k < 66) return `(${e("int")} ${this.pick(["and", "or"])} ${e("int")})`;
        if (k < 70) return `${this.pick(["abs", "int"])}(${e("int")})`;
        if (k < 73) return `${this.pick(["min", "max"])}(${e("int")}, ${e("int")})`;
        if (k < 76) return `len(${e(this.pick(["list", "str", "tuple", "dict", "set"] as T[]))})`;
        if (k < 79) return `${leaf("list")}[${idx()}]`;
        if (k < 81) return `${leaf("tuple")}[${idx()}]`;
        if (k < 84) {
          return this.coin(0.5)
            ? `${leaf("dict")}.get(${this.pick(KEYS)}, ${e("int")})`
            : `${leaf("dict")}[${this.pick(KEYS)}]`;
        }
        if (k < 86) return `sum(${e("list")})`;
        if (k < 88) return `int(${e("float")})`;
        if (k < 90) return `${leaf("obj")}.${this.pick(["x", "y", "m(" + e("int") + ")"])}`;
        if (k < 92) return `${this.pick(["G0", "G1", "G2", "P.n"])}`;
        if (k < 94 && s.locals.length > 0) return `${this.pick(s.locals)}(${e("int")})`;
        if (k < 96) return `(lambda q: q * ${e("int")} - ${leaf("int")})(${e("int")})`;
        if (k < 98) return `${leaf("str")}.${this.pick(["find", "count"])}(${this.pick(STRS)})`;
        return `${leaf("list")}.${this.coin(0.2) ? "index" : "count"}(${e("int")})`;
      }
      case "float": {
        if (k < 50) {
          const op = this.pick(["+", "-", "*", "/", "+", "*", "//", "%"]);
          const [a, b] = this.coin(0.5) ? ["float", "int"] : this.coin(0.5) ? ["int", "float"] : [
            "float",
            "float",
          ];
          return `(${e(a as T)} ${op} ${e(b as T)})`;
        }
        if (k < 62) return `(${e("int")} / ${this.coin(0.5) ? this.pick(MODULI) : e("int")})`;
        if (k < 70) return `float(${e("int")})`;
        if (k < 76) return `-${e("float")}`;
        if (k < 82) return `abs(${e("float")})`;
        if (k < 88) return `(${leaf("float")} ** ${this.pick(["2", "0.5", "-1", "3"])})`;
        return `${this.pick(["min", "max"])}(${e("float")}, ${e("int")})`;
      }
      case "bool": {
        const cmp = () => this.pick(["<", "<=", ">", ">=", "==", "!="]);
        if (k < 40) {
          const u = this.pick(["int", "int", "float"] as T[]);
          return `(${e("int")} ${cmp()} ${e(u)})`;
        }
        if (k < 52) return `(${e("int")} ${cmp()} ${e("int")} ${cmp()} ${e("float")})`;
        if (k < 62) return `(${e("bool")} ${this.pick(["and", "or"])} ${e("bool")})`;
        if (k < 67) return `(not ${e("bool")})`;
        if (k < 74) return `(${e("int")} ${this.pick(["in", "not in"])} ${e("list")})`;
        if (k < 78) return `(${this.pick(KEYS)} in ${leaf("dict")})`;
        if (k < 82) return `(${e("int")} in ${leaf("set")})`;
        if (k < 86) return `(${e("str")} ${cmp()} ${e("str")})`;
        if (k < 90) return `(${e("list")} ${cmp()} ${e("list")})`;
        if (k < 94) return `isinstance(${e(this.pick(PRINTABLE))}, ${this.pick(["int", "str"])})`;
        return `bool(${e(this.pick(["int", "list", "str"] as T[]))})`;
      }
      case "str": {
        if (k < 30) return `(${e("str")} + ${e("str")})`;
        if (k < 40) return `str(${e(this.pick(PRINTABLE))})`;
        if (k < 48) return `(${leaf("str")} * ${this.int(-1, 3)})`;
        if (k < 56) return `${leaf("str")}[${idx()}]`;
        if (k < 66) return `${leaf("str")}[${this.slice(false)}]`;
        if (k < 74) return `'${this.pick(["", ",", "-"])}'.join([str(q) for q in ${e("list")}])`;
        if (k < 82) {
          const m = () => this.pick(["upper()", "lower()", "strip()", "replace('a', 'bc')"]);
          return `${e("str")}.${m()}${this.coin(0.3) ? "." + m() : ""}`;
        }
        if (k < 90) return `'{}:{}'.format(${e("int")}, ${e("float")})`;
        return `f'{${leaf("int")}}-{${leaf("str")}}'`;
      }
      case "list": {
        if (k < 24) return `[${this.items(s, d)}]`;
        if (k < 32) return `list(range(${this.rangeArgs()}))`;
        if (k < 40) return `(${e("list")} + ${e("list")})`;
        if (k < 46) return `${leaf("list")}[${this.slice()}]`;
        if (k < 52) return `sorted(${e("list")}${this.coin(0.5) ? ", reverse=True" : ""})`;
        if (k < 64) {
          const q = this.fresh("q");
          const inner: Scope = { ...s, vars: [...s.vars, { name: q, type: "int", ro: true }] };
          const cond = this.coin(0.5) ? ` if ${this.expr(inner, "bool", d + 1)}` : "";
          return `[${this.expr(inner, "int", d + 1)} for ${q} in ${e("list")}[:6]${cond}]`;
        }
        if (k < 70) return `list(${e(this.pick(["tuple", "set", "dict"] as T[]))})`;
        if (k < 76) return `([${e("int")}] + ${leaf("list")}[1:])`;
        if (k < 82) return `list(map(lambda q: q % 7 - ${leaf("int")}, ${e("list")}))`;
        if (k < 88) return `sorted(${e("list")}, key=lambda q: -q)`;
        if (k < 94) return `list(${leaf("dict")}.values())`;
        return `(${leaf("list")} * ${this.int(-1, 3)})`;
      }
      case "tuple": {
        if (k < 40) return `(${this.items(s, d)},)`;
        if (k < 60) return `tuple(${e("list")})`;
        if (k < 80) return `(${e("tuple")} + ${e("tuple")})`;
        return `${leaf("tuple")}[${this.slice(false)}]`;
      }
      case "dict": {
        if (k < 40) {
          const n = this.int(0, 3);
          const ks = Array.from({ length: n }, () => `${this.pick(KEYS)}: ${e("int")}`);
          return `{${ks.join(", ")}}`;
        }
        if (k < 60) return `{str(q): q for q in ${e("list")}[:6]}`;
        if (k < 75) return `dict(a=${e("int")}, y=${e("int")})`;
        return `dict(${leaf("dict")}, ${this.pick(["a", "b", "z"])}=${e("int")})`;
      }
      case "set": {
        if (k < 40) return `{${this.items(s, d)}}`;
        if (k < 60) return `set(${e("list")})`;
        if (k < 80) return `(${e("set")} ${this.pick(["|", "&", "-", "^"])} ${e("set")})`;
        return `{q % 5 for q in ${e("list")}}`;
      }
      case "obj":
        return this.coin(0.5)
          ? `${this.pick(["P", "Q"])}(${e("int")}, ${e("int")})`
          : `${leaf("obj")}.inc(${e("int")})`;
    }
  }

  /** The runtime's slow paths: the header's classes with dunder methods, subclasses of
   * builtins, generators, user iterators, bound methods, super(). */
  private unusual(s: Scope, t: T, d: number): string | undefined {
    const e = (u: T) => this.expr(s, u, d);
    const k = this.int(0, 9);
    switch (t) {
      case "int":
        if (k === 0) return `(V(${e("int")}) + ${e("int")}).n`;
        if (k === 1) return `len(V(${e("int")}))`;
        if (k === 2) return `V(${e("int")})[${e("int")}]`;
        if (k === 3) return `LL(${e("list")})[${this.int(-2, 2)}]`;
        if (k === 4) return `sum(q * 2 for q in ${e("list")})`;
        if (k === 5) return `sum(Gen(${this.int(0, 5)}))`;
        if (k === 6) return `(II(${e("int")}) * ${e("int")})`;
        if (k === 7 && s.fn?.form === "method") return `super().m(${e("int")})`;
        if (k === 8) {
          return this.coin(0.5)
            ? `getattr(${this.varOf(s, "obj") ?? "Q(3)"}, 'm')(${e("int")})`
            : `W(${e("int")}).${this.pick(["x", "y", "x2", "k", "zzz", "n"])}`;
        }
        if (k === 9 && this.coin(0.5)) {
          return `[(lambda: q * 3) for q in ${e("list")}[:4]][-1]()`;
        }
        return this.pick([
          `pow(${e("int")}, ${this.int(0, 40)}, ${this.pick(MODULI)})`,
          `divmod(${e("int")}, ${this.pick(MODULI)})[${this.int(0, 1)}]`,
          `int(${this.pick(["hex", "bin", "str"])}(${e("int")}), 0)`,
          `(${e("int")} if ${e("list")} is ${this.pick(["None", "()", "[]"])} else ${e("int")})`,
        ]);
      case "float":
        return `(FF(${e("float")}) ${this.pick(["+", "*", "-"])} ${e("float")})`;
      case "bool":
        if (k < 4) return `(V(${e("int")}) ${this.pick(["<", "=="])} V(${e("int")}))`;
        if (k < 7) return `bool(V(${e("int")}))`;
        return `(${e("int")} in It(${this.int(0, 4)}))`;
      case "list":
        if (k < 4) return `list(It(${this.int(0, 5)}))`;
        if (k < 7) return `[q for q in Gen(${this.int(0, 5)}) if q % 2]`;
        return `sorted(LL(${e("list")}))`;
    }
    return undefined;
  }

  private items(s: Scope, d: number): string {
    return Array.from({ length: this.int(1, 4) }, () => this.expr(s, "int", d)).join(", ");
  }

  /** Slice bounds; only lists take a step in MicroPython. */
  protected slice(step = true): string {
    const b = () => this.coin(0.3) ? "" : String(this.int(-6, 6));
    return step && this.coin(0.3)
      ? `${b()}:${b()}:${this.pick(["-1", "2", "-2", "3"])}`
      : `${b()}:${b()}`;
  }

  protected rangeArgs(): string {
    const a = this.int(-6, 6);
    const step = this.pick([1, 1, 2, 3, -1, -2, -3]);
    return `${a}, ${a + step * this.int(-1, 7)}, ${step}`;
  }

  /** A call of an earlier generated function returning `t`, within the call budget. */
  private callExpr(s: Scope, t: T, d: number): string | undefined {
    const ok = this.fns.filter((f) => f.ret === t && s.cost.n + f.cost * s.loop <= CALL_BUDGET);
    const self = s.fn;
    if (self?.form === "recursive" && self.ret === t && !s.inLoop && !s.selfCallDone.v) {
      s.selfCallDone.v = true;
      const args = self.params.slice(1).map((p) => this.expr(s, p.type, d));
      return `${self.name}(n - 1, ${args.join(", ")})`;
    }
    if (ok.length === 0) return undefined;
    const f = this.pick(ok);
    s.cost.n += f.cost * s.loop;
    return this.callOf(f, s, d);
  }

  /** The call of `f`, its arguments in one of the forms its signature accepts. */
  callOf(f: Fn, s: Scope, d: number): string {
    const arg = (t: T) => this.expr(s, t, d);
    const ps = f.params;
    switch (f.form) {
      case "recursive":
        return `${f.name}(${this.int(0, 6)}, ${ps.slice(1).map((p) => arg(p.type)).join(", ")})`;
      case "varargs": {
        const first = ps.map((p) => arg(p.type)).join(", ");
        if (this.coin(0.4)) return `${f.name}(${first}, *${arg("list")})`;
        const rest = Array.from({ length: this.int(0, 3) }, () => arg("int"));
        return `${f.name}(${[first, ...rest].join(", ")})`;
      }
      case "kwargs": {
        const first = ps.map((p) => arg(p.type)).join(", ");
        if (this.coin(0.4)) return `${f.name}(${first}, **${arg("dict")})`;
        const kws = ["x", "y", "z"].slice(0, this.int(0, 3)).map((k) => `${k}=${arg("int")}`);
        return `${f.name}(${[first, ...kws].join(", ")})`;
      }
      case "kwonly": {
        const pos = ps.filter((p) => p.def === undefined).map((p) => arg(p.type));
        const kw = ps.filter((p) => p.def !== undefined && this.coin(0.5));
        return `${f.name}(${[...pos, ...kw.map((p) => `${p.name}=${arg(p.type)}`)].join(", ")})`;
      }
      case "method":
        return `C${f.name}(${arg("int")}, ${arg("int")}).${f.name}(${
          ps.map((p) => arg(p.type)).join(", ")
        })`;
    }
    const style = this.int(0, 3);
    if (style === 1) {
      const kws = ps.filter((p) => p.def === undefined || this.coin(0.5));
      return `${f.name}(${kws.reverse().map((p) => `${p.name}=${arg(p.type)}`).join(", ")})`;
    }
    if (style === 2 && ps.length > 0 && ps.every((p) => p.type === "int")) {
      return `${f.name}(*(${ps.map((p) => arg(p.type)).join(", ")},))`;
    }
    const n = f.form === "defaults"
      ? this.int(ps.filter((p) => !p.def).length, ps.length)
      : ps.length;
    return `${f.name}(${ps.slice(0, n).map((p) => arg(p.type)).join(", ")})`;
  }
}
