// The @micropython.native half of the fuzz generator (native_fuzz_gen.ts explains the rules).
import { parse } from "../src/py/parser.ts";
import { compileModule } from "../src/py/compile.ts";
import { type RawCode, RawCodeKind } from "../src/py/raw_code.ts";
import { Lines, type Rng } from "./native_fuzz_support.ts";
import "./machine_backends.ts";

type NT = "int" | "bool" | "float" | "str" | "list" | "tuple" | "dict" | "none" | "obj" | "bytes";
const VALUE_TYPES: readonly NT[] = [
  "int",
  "int",
  "int",
  "bool",
  "float",
  "str",
  "list",
  "list",
  "tuple",
  "dict",
  "obj",
  "bytes",
];
/** Types whose values can grow without bound when recombined (stored through `_c`). */
const GROWS = new Set<NT>(["int", "str", "list", "tuple", "dict", "bytes", "obj"]);

const INT_LITS = [
  "0",
  "1",
  "2",
  "3",
  "-1",
  "5",
  "7",
  "10",
  "-7",
  "100",
  "255",
  "-128",
  "1073741823",
  "1073741824",
  "-1073741824",
  "-1073741825",
  "2147483647",
  "4294967296",
  "12345678901234567890",
  "-(2 ** 40)",
];

/** The largest n_state (locals and stack words) of a native generator that handles exceptions
 * correctly on Thumb (see KNOWN LIMITATIONS). */
export const MAX_GENERATOR_STATE = 27;

/** n_state of each @micropython.native function in `source`, as compiled for armv7m. */
export function nativeStateSizes(source: string): number[] {
  const cm = compileModule(parse(source, "fuzz.py"), {
    optLevel: 0,
    nativeArch: "armv7m",
    emit: "bytecode",
  });
  const out: number[] = [];
  const walk = (rc: RawCode) => {
    if (rc.kind === RawCodeKind.NATIVE_PY && rc.preludeOffset !== undefined) {
      // MP_BC_PRELUDE_SIG_DECODE, the n_state field only.
      let ip = rc.preludeOffset;
      let z = rc.data[ip++];
      let n = (z >> 3) & 0xf;
      for (let i = 0; z & 0x80; i++) {
        z = rc.data[ip++];
        n |= (z & 0x30) << (2 * i);
      }
      out.push(n + 1);
    }
    rc.children.forEach(walk);
  };
  walk(cm.rawCode);
  return out;
}

interface Loop {
  kind: "for" | "while";
  /** try/finally and with blocks entered inside this loop (and not left). */
  barriers: number;
}

export class NativeGen {
  private out = new Lines();
  /** Visible variables and their types. */
  private vars = new Map<string, NT>();
  /** Variables that may be assigned (not loop counters). */
  private assignable = new Set<string>();
  private loops: Loop[] = [];
  /** Inside finally blocks (no return there), reset inside a loop. */
  private inFinally = 0;
  /** Inside finally blocks, loops or not: no try/with there (see KNOWN LIMITATIONS). */
  private inCleanup = 0;
  /** Inside a comprehension or lambda: no walrus. */
  private inNested = 0;
  /** Set when an expression reads a variable. */
  private readVar = false;
  private isGen = false;
  private counter = 0;
  private stmts = 0;
  private callables: { name: string; arity: number; ret: NT }[] = [];
  private usesGlobal = false;

  constructor(private r: Rng) {}

  function(name: string): { source: string; calls: string[]; generator: boolean } {
    const r = this.r;
    this.isGen = r.chance(0.12);
    // Parameters.
    const params: string[] = [];
    const paramTypes: NT[] = [];
    const nParams = r.int(0, 3);
    for (let i = 0; i < nParams; i++) {
      const t = r.pick(VALUE_TYPES);
      const p = `a${i}`;
      params.push(p);
      paramTypes.push(t);
      this.declare(p, t);
    }
    const sig = params.slice();
    const extra: string[] = [];
    const kwCalls: string[] = [];
    let hasD0 = false, d0Positional = false;
    if (r.chance(0.15)) {
      // A default value, given positionally, by keyword or not at all.
      const t = r.pick(VALUE_TYPES);
      this.declare("d0", t);
      sig.push(`d0=${this.literal(t)}`);
      hasD0 = true;
      const how = r.int(0, 2);
      if (how === 0) {
        extra.push(this.literal(t));
        d0Positional = true;
      } else if (how === 1) kwCalls.push(`d0=${this.literal(t)}`);
    }
    if (r.chance(0.1)) {
      sig.push("*va");
      this.vars.set("va", "tuple");
      if (!hasD0 || d0Positional) extra.push(this.literal("int"));
    }
    if (r.chance(0.1)) {
      // Keyword-only after *va, else a plain defaulted parameter.
      sig.push(`kw0=${this.literal("int")}`);
      this.declare("kw0", "int");
      if (r.chance(0.5)) kwCalls.push(`kw0=${this.literal("int")}`);
    }
    if (r.chance(0.08)) {
      sig.push("**kws");
      this.vars.set("kws", "dict");
      if (r.chance(0.5)) kwCalls.push(`zz=${this.literal("int")}`);
    }

    const body = () => {
      // Locals, each with a first value of its type.
      const nLocals = r.int(2, 5);
      for (let i = 0; i < nLocals; i++) {
        const t = r.pick(VALUE_TYPES);
        this.out.add(`v${i} = ${this.literal(t)}`);
        this.declare(`v${i}`, t);
      }
      if (r.chance(0.25)) {
        this.out.add("global G");
        this.usesGlobal = true;
      }
      if (this.isGen) this.out.add(`yield ${this.expr(r.pick(VALUE_TYPES), 2)}`);
      this.block(2, r.int(3, 9));
      // End: return everything (or one expression).
      const names = [...this.assignable].filter((n) => this.vars.has(n));
      if (r.chance(0.75)) this.out.add(`return (${names.join(", ")}${names.length ? "," : ""})`);
      else this.out.add(`return ${this.expr(r.pick(VALUE_TYPES), 2)}`);
    };
    this.out.block(`def ${name}(${sig.join(", ")}):`, body);

    // Calls: matching arguments, sometimes wrong ones.
    const calls: string[] = [];
    const nCalls = r.int(1, 2);
    for (let c = 0; c < nCalls; c++) {
      const args = paramTypes.map((t) =>
        r.chance(0.05) ? this.literal(r.pick(VALUE_TYPES)) : this.literal(t)
      );
      const all = [...args, ...extra, ...kwCalls];
      let call = `${name}(${all.join(", ")})`;
      if (this.isGen && r.chance(0.3)) call = `list(${call})`;
      calls.push(call);
    }
    return {
      source: "@micropython.native\n" + this.out.lines.join("\n") + "\n",
      calls,
      generator: this.isGen,
    };
  }

  private declare(name: string, t: NT): void {
    this.vars.set(name, t);
    this.assignable.add(name);
  }

  private varsOf(t: NT, assignable = false): string[] {
    const out: string[] = [];
    for (const [n, vt] of this.vars) {
      if (vt === t && (!assignable || this.assignable.has(n))) out.push(n);
    }
    return out;
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  // --- literals -------------------------------------------------------------------------------

  private literal(t: NT): string {
    const r = this.r;
    switch (t) {
      case "int":
        return r.chance(0.6) ? String(r.int(-9, 20)) : r.pick(INT_LITS);
      case "bool":
        return r.pick(["True", "False"]);
      case "float":
        return r.pick(["0.0", "1.5", "-2.25", "1e10", "3.0", "-0.5", "1e300"]);
      case "str":
        return r.pick(['""', '"a"', '"abc"', '"Hello"', '"x y z"', '"1,2"']);
      case "list":
        return r.pick([
          "[]",
          "[1, 2]",
          "[3, -1, 7]",
          "[0]",
          "[5, 4, 3, 2, 1]",
          "[2, 3, 4, 5, 6, 7]",
        ]);
      case "tuple":
        return r.pick(["()", "(1,)", "(1, 2)", "(4, 5, 6)", "(-1, 0)"]);
      case "dict":
        return r.pick(["{}", "{1: 2}", '{"a": 1, "b": 2}', "{0: 0, 5: 3}"]);
      case "none":
        return "None";
      case "obj":
        return `H(${r.int(-3, 9)})`;
      case "bytes":
        return r.pick(['b""', 'b"ab"', 'b"\\x00\\xff"', 'b"xyz"', 'b"\\x80\\x01\\x02"']);
    }
  }

  // --- expressions ----------------------------------------------------------------------------

  private leaf(t: NT): string {
    const vs = this.varsOf(t);
    if (vs.length > 0 && this.r.chance(0.65)) {
      this.readVar = true;
      return this.r.pick(vs);
    }
    return this.literal(t);
  }

  /** An int divisor, mostly non-zero. */
  private divisor(d: number): string {
    const r = this.r;
    if (r.chance(0.2)) return this.expr("int", d);
    return r.chance(0.5) ? `(${this.expr("int", d)} | 1)` : String(r.pick([2, 3, -4, 7, 1000]));
  }

  /** An index, mostly within a short sequence. */
  private index(d: number): string {
    const r = this.r;
    if (r.chance(0.2)) return this.expr("int", d);
    return r.chance(0.7) ? r.pick(["0", "0", "-1", "1"]) : `${this.expr("int", d)} % 2`;
  }

  /** An int expression bounded to a small non-negative count (loop bounds). */
  private count(): string {
    const r = this.r;
    switch (r.int(0, 3)) {
      case 0:
        return String(r.int(0, 5));
      case 1:
        return `${this.expr("int", 1)} % ${r.int(1, 5)}`;
      case 2:
        return `max(0, min(${this.expr("int", 1)}, ${r.int(0, 4)}))`;
      default:
        return `len(${this.expr(r.pick(["str", "list", "tuple"] as NT[]), 1)}) % 5`;
    }
  }

  expr(t: NT, d: number): string {
    const r = this.r;
    if (d <= 0 || r.chance(0.25)) return this.leaf(t);
    const e = (tt: NT) => this.expr(tt, d - 1);
    const any = () => e(r.pick(VALUE_TYPES));
    if (t === "int") {
      switch (r.int(0, 30)) {
        case 0:
        case 1:
          return `(${e("int")} + ${e("int")})`;
        case 2:
          return `(${e("int")} - ${e("int")})`;
        case 3:
          return `(${e("int")} * ${e("int")})`;
        case 4:
          return `(${e("int")} // ${this.divisor(d - 1)})`;
        case 5:
          return `(${e("int")} % ${this.divisor(d - 1)})`;
        case 6:
          return `(${e("int")} ${r.pick(["&", "|", "^"])} ${e("int")})`;
        case 7:
          return `(${e("int")} ${r.pick(["<<", ">>"])} ${r.int(0, 40)})`;
        case 8:
          return `(${r.pick(["-", "~", "+"])}${e("int")})`;
        case 9:
          return `len(${e(r.pick(["str", "list", "tuple", "dict", "bytes"] as NT[]))})`;
        case 10:
          return `${r.pick(["min", "max"])}(${e("int")}, ${e("int")})`;
        case 11:
          return `h_add(${e("int")}${r.chance(0.5) ? ", " + e("int") : ""})`;
        case 12:
          return `(${e("int")} if ${e("bool")} else ${e("int")})`;
        case 13:
          return `int(${e(r.pick(["float", "bool", "int"] as NT[]))})`;
        case 14:
          return `(${e("int")} ** ${r.int(0, 3)})`;
        case 15:
          return `${e("list")}[${this.index(d - 1)}]`;
        case 16:
          return `sum(${e("list")})`;
        case 17:
          return `${e("obj")}.v`;
        case 18:
          return `${e("obj")}.m(${e("int")})`;
        case 19:
          return `${e("dict")}.get(${e(r.pick(["int", "str"] as NT[]))}, ${e("int")})`;
        case 20:
          return `abs(${e("int")})`;
        case 21:
          return `divmod(${e("int")}, ${this.divisor(d - 1)})[${r.int(0, 1)}]`;
        case 22:
          return `${e("list")}.count(${e("int")})`;
        case 23:
          return `(${e("bool")} + ${e("int")})`;
        case 24: {
          const fs = this.callables.filter((c) => c.ret === "int");
          if (fs.length > 0) {
            const f = r.pick(fs);
            return `${f.name}(${Array.from({ length: f.arity }, () => e("int")).join(", ")})`;
          }
          return `G`;
        }
        case 25: {
          const vs = this.varsOf("int", true);
          if (this.inNested === 0 && vs.length > 0 && r.chance(0.5)) {
            return `(${r.pick(vs)} := ${e("int")})`;
          }
          return `(lambda q: q * 2 + ${this.nested(() => e("int"))})(${e("int")})`;
        }
        case 26:
          return `${e("tuple")}[${this.index(d - 1)}]`;
        case 27:
          return `${e("bytes")}[${this.index(d - 1)}]`;
        case 28:
          return `round(${e("float")})`;
        case 29:
          return `(${e("int")} ${r.pick(["+", "-", "*", "//", "%"])} ${r.pick(["3", "-7", "10"])})`;
        default:
          return "G";
      }
    }
    if (t === "bool") {
      switch (r.int(0, 14)) {
        case 0:
        case 1:
          return `(${e("int")} ${r.pick(["<", ">", "<=", ">=", "==", "!="])} ${e("int")})`;
        case 2:
          return `(${e("int")} < ${e("int")} <= ${e("int")})`;
        case 3: {
          const tt = r.pick(VALUE_TYPES);
          return `(${e(tt)} ${r.pick(["==", "!="])} ${e(tt)})`;
        }
        case 4:
          return `(${e("int")} ${r.pick(["in", "not in"])} ${
            e(r.pick(["list", "tuple", "dict"] as NT[]))
          })`;
        case 5:
          return `(not ${any()})`;
        case 6:
          return `(${e("bool")} ${r.pick(["and", "or"])} ${e("bool")})`;
        case 7:
          return `isinstance(${any()}, ${r.pick(["int", "str", "list", "(tuple, dict)", "H"])})`;
        case 8:
          return `(${any()} ${r.pick(["is", "is not"])} None)`;
        case 9:
          return `bool(${any()})`;
        case 10:
          return `${r.pick(["any", "all"])}(${e("list")})`;
        case 11:
          return `(${e("str")} ${r.pick(["in", "not in"])} ${e("str")})`;
        case 12:
          return `(${e("float")} ${r.pick(["<", ">", "=="])} ${
            e(r.pick(["float", "int"] as NT[]))
          })`;
        case 13:
          return `${e("str")}.startswith(${e("str")})`;
        default:
          return `hasattr(${e("obj")}, "v")`;
      }
    }
    if (t === "float") {
      switch (r.int(0, 6)) {
        case 0:
          return `(${e(r.pick(["int", "float"] as NT[]))} / ${
            e(r.pick(["int", "float"] as NT[]))
          })`;
        case 1:
          return `(${e("float")} ${r.pick(["+", "-", "*"])} ${
            e(r.pick(["int", "float"] as NT[]))
          })`;
        case 2:
          return `float(${e("int")})`;
        case 3:
          return `(-${e("float")})`;
        case 4:
          return `abs(${e("float")})`;
        case 5:
          return `(${e("float")} ** 2)`;
        default:
          return `(${e("float")} // ${e(r.pick(["int", "float"] as NT[]))})`;
      }
    }
    if (t === "str") {
      switch (r.int(0, 15)) {
        case 0:
        case 1:
          return `(${e("str")} + ${e("str")})`;
        case 2:
          return `(${e("str")} * ${r.int(0, 2)})`;
        case 3:
          return `${e("str")}[${e("int")}:${e("int")}]`;
        case 4:
          return r.chance(0.2) ? `${e("str")}[::-1]` : `${e("str")}[1:-1]`;
        case 5:
          return `str(${any()})`;
        case 6:
          return `repr(${any()})`;
        case 7:
          return `${e("str")}.${r.pick(["upper", "lower", "strip"])}()`;
        case 8:
          return `"-".join([${e("str")}, ${e("str")}])`;
        case 9:
          return `f'{${this.leaf("int")}}:{${this.leaf("str")}!r}'`;
        case 10:
          return `("%d-%s" % (${e("int")}, ${e("str")}))`;
        case 11:
          return `"{}/{}".format(${any()}, ${e("int")})`;
        case 12:
          return `chr(65 + ${e("int")} % 26)`;
        case 13:
          return `type(${any()}).__name__`;
        case 14:
          return `${e("str")}[${this.index(d - 1)}]`;
        default:
          return `(${e("str")} if ${e("bool")} else ${e("str")})`;
      }
    }
    if (t === "list") {
      switch (r.int(0, 17)) {
        case 0:
        case 1:
          return `[${e("int")}, ${e("int")}]`;
        case 2:
          return `(${e("list")} + ${e("list")})`;
        case 3:
          return `(${e("list")} * ${r.int(0, 2)})`;
        case 4:
          return `${e("list")}[${e("int")}:${e("int")}]`;
        case 5:
          return `sorted(${e("list")})`;
        case 6:
          return `list(range(${this.count()}))`;
        case 7: {
          const q = this.fresh("q");
          return this.nested(() => {
            this.vars.set(q, "int");
            const s = `[${e("int")} for ${q} in range(${r.int(0, 4)})${
              r.chance(0.4) ? " if " + e("bool") : ""
            }]`;
            this.vars.delete(q);
            return s;
          });
        }
        case 8:
          return `list(${e("tuple")})`;
        case 9:
          return `list(${e("tuple")}) + [${e("int")}]`;
        case 10:
          return r.chance(0.5) ? `${e("list")}[::-1]` : `${e("list")}[-2:]`;
        case 11:
          return `list(map(h_inc, ${e("list")}))`;
        case 12: {
          const q = this.fresh("q");
          return this.nested(() => {
            const src = e("list");
            this.vars.set(q, "int");
            const s = `[${e("int")} for ${q} in ${src}[:4]]`;
            this.vars.delete(q);
            return s;
          });
        }
        case 13:
          return `list(h_gen(${this.count()}))`;
        case 14:
          return `list(${e("dict")})`;
        case 15:
          return `${e("str")}.split(${r.pick(['","', '" "', ""])})`;
        case 16:
          return `list(${e("bytes")})`;
        default:
          return `[${e("int")}, ${e("int")}, ${e("int")}][${r.int(-2, 1)}:]`;
      }
    }
    if (t === "tuple") {
      switch (r.int(0, 8)) {
        case 0:
        case 1:
          return `(${any()}, ${e("int")})`;
        case 2:
          return `tuple(${e("list")})`;
        case 3:
          return `(${e("tuple")} + ${e("tuple")})`;
        case 4:
          return `${e("tuple")}[${e("int")}:]`;
        case 5:
          return `divmod(${e("int")}, ${e("int")})`;
        case 6: {
          const q = this.fresh("q");
          return this.nested(() => {
            this.vars.set(q, "int");
            const s = `tuple(${e("int")} for ${q} in range(${r.int(0, 4)}))`;
            this.vars.delete(q);
            return s;
          });
        }
        case 7:
          return `tuple(${e("list")}) + (${e("int")},)`;
        default:
          return `h_var(*${e("list")})`;
      }
    }
    if (t === "dict") {
      switch (r.int(0, 5)) {
        case 0:
        case 1:
          return `{${e("int")}: ${e("int")}, ${e("str")}: ${e("int")}}`;
        case 2: {
          const q = this.fresh("q");
          return this.nested(() => {
            this.vars.set(q, "int");
            const s = `{${q}: ${e("int")} for ${q} in range(${r.int(0, 4)})}`;
            this.vars.delete(q);
            return s;
          });
        }
        case 3:
          return `dict(${e("dict")})`;
        case 4:
          return `dict(${e("dict")}, zz=${e("int")})`;
        default:
          return `dict(zip(${e("list")}, ${e("list")}))`;
      }
    }
    if (t === "none") return r.pick(["None", `h_none(${any()})`]);
    if (t === "obj") return `H(${e("int")})`;
    if (t === "bytes") {
      switch (r.int(0, 3)) {
        case 0:
          return `(${e("bytes")} + ${e("bytes")})`;
        case 1:
          return `${e("bytes")}[${e("int")}:${e("int")}]`;
        case 2:
          return `bytes(${e("list")})`;
        default:
          return `${e("str")}.encode()`;
      }
    }
    return this.leaf(t);
  }

  /** A function or class defined in the function's own block can be called later on; one
   * defined in a nested block might not have been (native code would read NULL). */
  private addCallable(name: string): void {
    if (this.out.depth === 1) this.callables.push({ name, arity: 1, ret: "int" });
  }

  /** Variables seen only while `f` generates code. */
  private scoped(vars: [string, NT][], f: () => void): void {
    for (const [n, t] of vars) this.vars.set(n, t);
    try {
      f();
    } finally {
      for (const [n] of vars) this.vars.delete(n);
    }
  }

  private nested<T>(f: () => T): T {
    this.inNested++;
    try {
      return f();
    } finally {
      this.inNested--;
    }
  }

  /** A value of type t to store somewhere, through `_c` when it may have grown. */
  private stored(t: NT, d = 3): string {
    this.readVar = false;
    const s = this.expr(t, d);
    return this.readVar && GROWS.has(t) ? `_c(${s})` : s;
  }

  private cond(): string {
    return this.expr(this.r.chance(0.8) ? "bool" : this.r.pick(VALUE_TYPES), 2);
  }

  // --- statements -----------------------------------------------------------------------------

  private block(d: number, n: number): void {
    for (let i = 0; i < n && this.stmts < 45; i++) this.stmt(d);
  }

  private stmt(d: number): void {
    const r = this.r, o = this.out;
    this.stmts++;
    const choice = d <= 0 ? r.int(0, 9) : r.int(0, 30);
    switch (choice) {
      case 0:
      case 1:
      case 2:
      case 3: {
        const vs = [...this.assignable].filter((v) => this.vars.has(v));
        if (vs.length === 0) return o.add("pass");
        const v = r.pick(vs);
        return o.add(`${v} = ${this.stored(this.vars.get(v)!)}`);
      }
      case 4:
      case 5:
        return this.augAssign();
      case 6:
        return this.mutate();
      case 7:
        if (this.canYield()) return o.add(`yield ${this.expr(r.pick(VALUE_TYPES), 2)}`);
        return o.add(`h_note(${this.expr(r.pick(VALUE_TYPES), 2)})`);
      case 8:
        if (this.canJump() && r.chance(0.6)) {
          return o.block(`if ${this.cond()}:`, () => o.add(r.pick(["break", "continue"])));
        }
        if (r.chance(0.3)) return this.ret();
        if (r.chance(0.5)) return o.add(`assert ${this.cond()}, ${this.expr("int", 1)}`);
        return o.add(`h_note(${this.cond()})`);
      case 9:
        if (this.usesGlobal) {
          return r.chance(0.5)
            ? o.add(`G = ${this.stored("int")}`)
            : o.add(`G += ${this.expr("int", 1)}`);
        }
        return o.add(`h_note(${this.expr("int", 2)}, ${this.expr("str", 1)})`);
      case 10:
      case 11:
      case 12:
        return this.ifStmt(d);
      case 13:
      case 14:
        return this.forStmt(d);
      case 15:
        return this.whileStmt(d);
      case 16:
      case 17:
        return this.tryStmt(d);
      case 18:
        return this.raiseStmt();
      case 19:
        return this.withStmt(d);
      case 20:
        return this.innerDef();
      case 21:
        return this.innerClass();
      case 22:
        return this.unpack();
      case 23:
        if (this.canYield()) {
          return o.add(`yield from ${this.expr(r.pick(["list", "tuple", "str"] as NT[]), 1)}`);
        }
        return this.ifStmt(d);
      case 24:
        if (this.canYield() && r.chance(0.5)) {
          return o.block(`for ${this.fresh("y")} in range(${r.int(0, 3)}):`, () => {
            o.add(`yield ${this.expr("int", 2)}`);
          });
        }
        return this.ret();
      case 25:
        return this.mutate();
      default:
        return this.augAssign();
    }
  }

  private ret(): void {
    if (this.inFinally > 0) return this.out.add("pass");
    const r = this.r;
    this.out.block(`if ${this.cond()}:`, () => {
      if (this.isGen && r.chance(0.5)) this.out.add("return");
      else this.out.add(`return ${this.expr(r.pick(VALUE_TYPES), 2)}`);
    });
  }

  private augAssign(): void {
    const r = this.r;
    const vs = [...this.assignable].filter((v) => this.vars.has(v));
    const targets = vs.filter((v) =>
      ["int", "str", "list", "tuple", "float"].includes(this.vars.get(v)!)
    );
    if (targets.length === 0) return this.out.add("pass");
    const v = r.pick(targets);
    const t = this.vars.get(v)!;
    this.readVar = false;
    let line: string;
    switch (t) {
      case "int": {
        const op = r.pick(["+=", "-=", "*=", "//=", "%=", "&=", "|=", "^=", "<<=", ">>="]);
        const rhs = op === "<<="
          ? String(r.int(0, 20))
          : op === "//=" || op === "%="
          ? this.divisor(2)
          : this.expr("int", 2);
        line = `${v} ${op} ${rhs}`;
        break;
      }
      case "float":
        line = `${v} ${r.pick(["+=", "-=", "*=", "/="])} ${
          this.expr(r.pick(["int", "float"] as NT[]), 2)
        }`;
        break;
      case "str":
        line = r.chance(0.8) ? `${v} += ${this.expr("str", 2)}` : `${v} *= ${r.int(0, 2)}`;
        break;
      case "list":
        line = r.chance(0.8) ? `${v} += ${this.expr("list", 2)}` : `${v} *= ${r.int(0, 2)}`;
        break;
      default:
        line = `${v} += ${this.expr("tuple", 2)}`;
    }
    this.out.add(line);
    if (t !== "float" && (this.readVar || this.loops.length > 0 || line.includes("*="))) {
      this.out.add(`${v} = _c(${v})`);
    }
  }

  private mutate(): void {
    const r = this.r, o = this.out;
    const lists = this.varsOf("list"), dicts = this.varsOf("dict"), objs = this.varsOf("obj");
    const k = r.int(0, 2);
    if (k === 0 && lists.length > 0) {
      const l = r.pick(lists);
      switch (r.int(0, 9)) {
        case 0:
        case 1:
          return o.add(`${l}.append(${this.stored("int", 2)})`);
        case 2:
          return o.add(`${l}[${this.expr("int", 1)}] = ${this.stored("int", 2)}`);
        case 3:
          return o.add(`del ${l}[${this.expr("int", 1)}]`);
        case 4:
          return o.add(`${l}.pop()`);
        case 5:
          return o.add(`${l}.sort()`);
        case 6:
          o.add(`${l}.extend(${this.expr("list", 2)})`);
          return o.add(`${l}[:] = _c(${l})`);
        case 7:
          return o.add(`${l}.insert(${this.expr("int", 1)}, ${this.stored("int", 2)})`);
        case 8:
          return o.add(
            `${l}[${this.expr("int", 1)}:${this.expr("int", 1)}] = _c(${this.expr("list", 1)})`,
          );
        default:
          return o.add(`${l}.reverse()`);
      }
    }
    if (k === 1 && dicts.length > 0) {
      const dd = r.pick(dicts);
      switch (r.int(0, 3)) {
        case 0:
        case 1:
          return o.add(
            `${dd}[${this.expr(r.pick(["int", "str"] as NT[]), 1)}] = ${this.stored("int", 2)}`,
          );
        case 2:
          return o.add(`del ${dd}[${this.expr("int", 1)}]`);
        default:
          return o.add(`${dd}.pop(${this.expr("int", 1)}, None)`);
      }
    }
    if (objs.length > 0) {
      const ob = r.pick(objs);
      if (r.chance(0.5)) return o.add(`${ob}.v = ${this.stored("int", 2)}`);
      o.add(`${ob}.v += ${this.expr("int", 1)}`);
      return o.add(`${ob}.v = _c(${ob}.v)`);
    }
    return o.add(`h_note(${this.expr("list", 2)})`);
  }

  private ifStmt(d: number): void {
    const r = this.r, o = this.out;
    o.block(`if ${this.cond()}:`, () => this.block(d - 1, r.int(1, 3)));
    while (r.chance(0.3)) o.block(`elif ${this.cond()}:`, () => this.block(d - 1, r.int(1, 2)));
    if (r.chance(0.5)) o.block("else:", () => this.block(d - 1, r.int(1, 3)));
  }

  private loopBody(d: number, kind: Loop["kind"], pre?: () => void): void {
    this.loops.push({ kind, barriers: 0 });
    const saveFinally = this.inFinally;
    this.inFinally = 0; // break/continue/return inside a loop inside finally are fine
    try {
      pre?.();
      this.block(d - 1, this.r.int(1, 4));
    } finally {
      this.inFinally = saveFinally;
      this.loops.pop();
    }
  }

  private forStmt(d: number): void {
    const r = this.r, o = this.out;
    const x = this.fresh("i");
    const scoped: [string, NT][] = [];
    let header: string, t: NT;
    switch (r.int(0, 6)) {
      case 0:
      case 1:
        header = `for ${x} in range(${this.count()}):`;
        t = "int";
        break;
      case 2:
        header = `for ${x} in range(${r.int(-2, 2)}, ${this.count()}, ${
          r.pick(["1", "2", "-1"])
        }):`;
        t = "int";
        break;
      case 3:
        header = `for ${x} in ${this.expr("list", 1)}[:${r.int(0, 5)}]:`;
        t = "int";
        break;
      case 4:
        header = `for ${x} in ${this.expr("str", 1)}[:${r.int(0, 4)}]:`;
        t = "str";
        break;
      case 5: {
        const y = this.fresh("i");
        header = `for ${x}, ${y} in enumerate(${this.expr("list", 1)}[:4]):`;
        t = "int";
        scoped.push([y, "int"]);
        break;
      }
      default:
        header = `for ${x} in list(${this.expr("dict", 1)})[:4]:`;
        t = "int";
    }
    // Loop variables are seen only in the body: native code reads an unbound local as NULL
    // without a check, so reading one after a loop that did not run is not a legal program.
    scoped.push([x, t]);
    o.block(header, () => this.scoped(scoped, () => this.loopBody(d, "for")));
    if (r.chance(0.2)) o.block("else:", () => this.block(d - 1, 1));
  }

  private whileStmt(d: number): void {
    const r = this.r, o = this.out;
    const w = this.fresh("w");
    o.add(`${w} = 0`);
    const limit = r.int(0, 5);
    this.scoped([[w, "int"]], () => {
      if (r.chance(0.3)) {
        o.block("while True:", () =>
          this.loopBody(d, "while", () => {
            o.add(`${w} += 1`);
            o.block(`if ${w} > ${limit}:`, () => o.add("break"));
          }));
      } else {
        const extra = r.chance(0.3) ? ` and ${this.cond()}` : "";
        o.block(
          `while ${w} < ${limit}${extra}:`,
          () => this.loopBody(d, "while", () => o.add(`${w} += 1`)),
        );
      }
      if (r.chance(0.2)) o.block("else:", () => this.block(d - 1, 1));
    });
  }

  /** A yield in a finally block would lose the exception being handled (KNOWN LIMITATIONS). */
  private canYield(): boolean {
    return this.isGen && this.inCleanup === 0;
  }

  /** break/continue here are legal for MicroPython's native emitter (see KNOWN LIMITATIONS). */
  private canJump(): boolean {
    const top = this.loops[this.loops.length - 1];
    return top !== undefined && top.barriers === 0;
  }

  /** Code inside a try/finally or with block: no break/continue through it to the loop. */
  private barrier(f: () => void): void {
    const top = this.loops[this.loops.length - 1];
    if (top) top.barriers++;
    try {
      f();
    } finally {
      if (top) top.barriers--;
    }
  }

  private tryStmt(d: number): void {
    const r = this.r, o = this.out;
    if (this.inCleanup > 0) return this.ifStmt(d);
    const nHandlers = r.int(0, 2);
    const hasFinally = nHandlers === 0 || r.chance(0.3);
    const inner = (f: () => void) => hasFinally ? this.barrier(f) : f();
    inner(() => this.tryClauses(d, nHandlers));
    if (hasFinally) {
      o.block("finally:", () =>
        this.barrier(() => {
          this.inFinally++;
          this.inCleanup++;
          this.block(d - 1, r.int(1, 2));
          this.inCleanup--;
          this.inFinally--;
        }));
    }
  }

  private tryClauses(d: number, nHandlers: number): void {
    const r = this.r, o = this.out;
    o.block("try:", () => this.block(d - 1, r.int(1, 4)));
    const types = [
      "Exception",
      "ValueError",
      "(TypeError, IndexError)",
      "ZeroDivisionError",
      "KeyError",
      "ArithmeticError",
      "LookupError",
      "MyErr",
      "(OverflowError, AttributeError)",
    ];
    for (let i = 0; i < nHandlers; i++) {
      const named = r.chance(0.4);
      const ex = this.fresh("e");
      o.block(`except ${r.pick(types)}${named ? " as " + ex : ""}:`, () => {
        if (named) {
          const s = this.varsOf("str", true);
          if (s.length > 0) o.add(`${r.pick(s)} = type(${ex}).__name__`);
          else o.add(`h_note(type(${ex}).__name__)`);
        }
        this.block(d - 1, r.int(1, 2));
      });
    }
    if (nHandlers > 0 && r.chance(0.2)) {
      o.block("except:", () => {
        this.block(d - 1, 1);
      });
    }
    if (nHandlers > 0 && r.chance(0.25)) o.block("else:", () => this.block(d - 1, r.int(1, 2)));
  }

  private raiseStmt(): void {
    const r = this.r, o = this.out;
    const what = r.pick([
      `ValueError(${this.expr("int", 1)})`,
      `KeyError(${this.expr("str", 1)})`,
      `MyErr(${this.expr("int", 1)})`,
      "TypeError",
      "IndexError('i')",
    ]);
    o.block(`if ${this.cond()}:`, () => {
      if (r.chance(0.3)) o.add(`h_raise(${this.expr("int", 1)})`);
      else o.add(`raise ${what}`);
    });
  }

  private withStmt(d: number): void {
    const r = this.r, o = this.out;
    if (this.inCleanup > 0) return this.ifStmt(d);
    const c = this.fresh("c");
    const two = r.chance(0.2) ? `, CM(${r.int(0, 4)})` : "";
    o.block(`with CM(${this.expr("int", 1)}) as ${c}${two}:`, () => {
      this.scoped([[c, "int"]], () => this.barrier(() => this.block(d - 1, r.int(1, 3))));
    });
  }

  private innerDef(): void {
    const r = this.r, o = this.out;
    const name = this.fresh("inner");
    const p = this.fresh("p");
    const vs = [...this.assignable].filter((v) => this.vars.has(v));
    o.block(`def ${name}(${p}${r.chance(0.3) ? `, ${this.fresh("p")}=2` : ""}):`, () => {
      this.nested(() => {
        this.vars.set(p, "int");
        if (vs.length > 0 && r.chance(0.4)) {
          const v = r.pick(vs);
          o.add(`nonlocal ${v}`);
          o.add(`${v} = ${this.stored(this.vars.get(v)!, 2)}`);
        }
        if (r.chance(0.2)) {
          o.block(`for ${this.fresh("y")} in range(${r.int(0, 3)}):`, () => {
            o.add(`${p} += ${this.expr("int", 1)}`);
            o.add(`${p} = _c(${p})`);
          });
        }
        o.add(`return ${this.expr("int", 2)}`);
        this.vars.delete(p);
      });
    });
    this.addCallable(name);
  }

  private innerClass(): void {
    const o = this.out;
    const name = this.fresh("K");
    o.block(`class ${name}:`, () => {
      o.add(`z = ${this.nested(() => this.expr("int", 1))}`);
      o.block("def m(self, q):", () => o.add("return q + self.z"));
    });
    this.addCallable(`${name}().m`);
  }

  private unpack(): void {
    const r = this.r, o = this.out;
    const vs = [...this.assignable].filter((v) => this.vars.has(v));
    if (vs.length < 2) return o.add("pass");
    const a = r.pick(vs), b = r.pick(vs.filter((v) => v !== a));
    const ta = this.vars.get(a)!, tb = this.vars.get(b)!;
    const lists = vs.filter((v) => this.vars.get(v) === "list" && v !== a);
    if (ta === "int" && lists.length > 0 && r.chance(0.4)) {
      return o.add(`${a}, *${r.pick(lists)} = ${this.stored("list", 2)}`);
    }
    if (ta === tb && r.chance(0.5)) return o.add(`${a}, ${b} = ${b}, ${a}`);
    o.add(`${a}, ${b} = ${this.stored(ta, 2)}, ${this.stored(tb, 2)}`);
  }
}
