// Generator for the differential fuzz of the built-in types (builtins_fuzz_test.ts): seeded
// cases, each a small Python function body over values of every built-in type (operators,
// comparisons, subscripts, methods with right and wrong arguments, builtins, augmented
// assignment), batched into programs that print one line per case.
import { rng } from "../fs/test_support.ts";

/** One generated case: the category a report groups it under and the function body. */
export interface FuzzCase {
  category: string;
  body: string;
}

/** A value's Python source and the kind of value it makes. */
interface Value {
  src: string;
  kind: Kind;
}

type Kind =
  | "int"
  | "bigint"
  | "bool"
  | "float"
  | "complex"
  | "str"
  | "bytes"
  | "bytearray"
  | "list"
  | "tuple"
  | "dict"
  | "set"
  | "frozenset"
  | "range"
  | "slice"
  | "None"
  | "memoryview";

const POOLS: Record<Kind, string[]> = {
  int: ["0", "1", "-1", "2", "3", "-3", "7", "-13", "10", "255", "256", "-256", "1000", "65"],
  bigint: [
    "2**31-1",
    "2**31",
    "-2**31",
    "2**62",
    "2**64+3",
    "-(2**70)",
    "10**20",
    "2**100-1",
    "0x7fffffffffffffff",
  ],
  bool: ["True", "False"],
  float: [
    "0.0",
    "-0.0",
    "1.5",
    "-2.25",
    "3.0",
    "0.1",
    "1e300",
    "1e-300",
    "123456.789",
    "float('inf')",
    "float('-inf')",
    "float('nan')",
    "2.5",
    "-7.0",
  ],
  complex: ["1j", "(2+3j)", "-0j", "(1.5-2j)", "complex(0, -1)", "(3+0j)"],
  str: [
    "''",
    "'abc'",
    "'a'",
    "'Hello World'",
    "'  a b  '",
    "'a,b,,c'",
    "'\\u00e9\\u20ac'",
    "'\\U0001f600x'",
    "'ABC123'",
    "'\\t\\n'",
    "'aaa'",
    "'1234'",
    "'-12'",
    "'a\\nb\\r\\nc\\n'",
    "'x y  z'",
    "'{}-{}'",
    "'%s'",
    "'b'",
    "','",
    "' '",
    "'Ab'",
    "'\\u00e9'",
  ],
  bytes: [
    "b''",
    "b'abc'",
    "b'a'",
    "b'Hello World'",
    "b'  a b  '",
    "b'a,b,,c'",
    "b'\\x00\\xff'",
    "b'\\xc3\\xa9'",
    "b'ABC123'",
    "b'aaa'",
    "b'a\\nb\\r\\nc'",
    "b'x y  z'",
    "b'b'",
    "b','",
    "b' '",
    "b'0a1f'",
  ],
  bytearray: [
    "bytearray()",
    "bytearray(b'abc')",
    "bytearray(b'a b c')",
    "bytearray(b'\\x00\\xff\\x10')",
    "bytearray(b'a,b,,c')",
    "bytearray(3)",
    "bytearray(b'aaa')",
    "bytearray(b'b')",
  ],
  list: [
    "[]",
    "[1, 2, 3]",
    "[3, 1, 2]",
    "['a', 'b']",
    "[1, 'a']",
    "[[1], [2]]",
    "[None]",
    "[1.5, -2, True]",
    "[b'x', b'a']",
    "[(1, 2), (0, 5)]",
    "[0, 0, 1, 0]",
  ],
  tuple: [
    "()",
    "(1,)",
    "(1, 2, 3)",
    "('a', 'b')",
    "(1, 'a')",
    "((1,), [2])",
    "(None, None)",
    "(3, 1, 2)",
    "(1.5, 2)",
  ],
  dict: [
    "{}",
    "{1: 2}",
    "{1: 2, 'a': 'b'}",
    "{'x': 1, 'y': 2}",
    "{(1, 2): None, 3.5: [1]}",
    "{True: 1, 2: 2}",
    "{'k': {'n': 1}}",
  ],
  set: ["set()", "{1, 2, 3}", "{'a', 'b'}", "{1, 'a', (2,)}", "{0}", "{3, 4, 5, 6}"],
  frozenset: ["frozenset()", "frozenset({1, 2})", "frozenset('abc')", "frozenset({3, 4, 'z'})"],
  range: [
    "range(0)",
    "range(5)",
    "range(1, 10, 3)",
    "range(10, 0, -2)",
    "range(-5, 5)",
    "range(3, 3)",
    "range(0, -10, -3)",
  ],
  // (the reference build has no slice constructor: S[...] hands back the slice itself)
  slice: ["S[1:3]", "S[::-1]", "S[1::2]", "S[:5]", "S[-2:]", "S[::0]", "S['a':]"],
  None: ["None"],
  memoryview: [
    "memoryview(b'abcdef')",
    "memoryview(bytearray(b'xyz'))",
    "memoryview(b'')",
    "memoryview(b'abcdef')[1:4]",
  ],
};

const KINDS = Object.keys(POOLS) as Kind[];
const NUMERIC: Kind[] = ["int", "bigint", "bool", "float", "complex"];
const SEQUENCES: Kind[] = ["str", "bytes", "bytearray", "list", "tuple", "range", "memoryview"];
const HASHABLE: Kind[] = [
  "int",
  "bigint",
  "bool",
  "float",
  "complex",
  "str",
  "bytes",
  "tuple",
  "frozenset",
  "range",
  "None",
];

/** Method names per type (MicroPython 1.27's dir()), plus a few it lacks (AttributeError). */
const METHODS: Partial<Record<Kind, string[]>> = {
  int: ["to_bytes", "from_bytes", "bit_length", "conjugate"],
  float: ["is_integer", "hex"],
  complex: ["conjugate", "real", "imag"],
  str: [
    "count",
    "endswith",
    "find",
    "format",
    "index",
    "isalpha",
    "isdigit",
    "islower",
    "isspace",
    "isupper",
    "join",
    "lower",
    "lstrip",
    "replace",
    "rfind",
    "rindex",
    "rsplit",
    "rstrip",
    "split",
    "startswith",
    "strip",
    "upper",
    "center",
    "encode",
    "partition",
    "rpartition",
    "splitlines",
    "title",
    "zfill",
  ],
  bytes: [
    "count",
    "endswith",
    "find",
    "index",
    "isalpha",
    "isdigit",
    "islower",
    "isspace",
    "isupper",
    "join",
    "lower",
    "lstrip",
    "replace",
    "rfind",
    "rindex",
    "rsplit",
    "rstrip",
    "split",
    "startswith",
    "strip",
    "upper",
    "center",
    "decode",
    "fromhex",
    "hex",
    "partition",
    "rpartition",
    "splitlines",
  ],
  list: [
    "append",
    "clear",
    "copy",
    "count",
    "extend",
    "index",
    "insert",
    "pop",
    "remove",
    "reverse",
    "sort",
  ],
  tuple: ["count", "index"],
  dict: [
    "clear",
    "copy",
    "get",
    "items",
    "keys",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "values",
    "fromkeys",
  ],
  set: [
    "clear",
    "copy",
    "pop",
    "remove",
    "update",
    "add",
    "difference",
    "difference_update",
    "discard",
    "intersection",
    "intersection_update",
    "isdisjoint",
    "issubset",
    "issuperset",
    "symmetric_difference",
    "symmetric_difference_update",
    "union",
  ],
  frozenset: [
    "copy",
    "difference",
    "intersection",
    "isdisjoint",
    "issubset",
    "issuperset",
    "symmetric_difference",
    "union",
  ],
  range: ["start", "stop", "step", "index", "count"],
  slice: ["start", "stop", "step", "indices"],
  memoryview: ["hex", "tolist", "itemsize", "release"],
};
METHODS.bytearray = [...METHODS.bytes!, "append", "extend", "pop", "insert"];

/** Attributes read without a call. */
const ATTRS = new Set(["real", "imag", "start", "stop", "step", "itemsize"]);

const BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"];
const CMPOPS = ["==", "!=", "<", "<=", ">", ">=", "in", "not in"];
const UNOPS = ["-", "+", "~", "not "];
const AUGOPS = ["+=", "-=", "*=", "|=", "&=", "^=", "//=", "%=", "<<=", ">>="];

const FORMAT_SPECS = [
  "",
  "d",
  "5",
  "<6",
  ">6",
  "^7",
  "*^9",
  "+",
  " ",
  "x",
  "#x",
  "X",
  "o",
  "b",
  "08.3f",
  ".2e",
  "g",
  "%",
  "s",
  ",",
  "c",
  "n",
  ".0f",
  "=+8",
  "10.4",
];

const PERCENT_FORMATS = [
  "%s",
  "%r",
  "%d",
  "%i",
  "%x",
  "%5s|%-5s",
  "%c",
  "%.2f",
  "%e",
  "%g",
  "%o",
  "%%",
  "%(a)s",
  "%*d",
  "%s %s",
];

const STR_FORMATS = ["{}", "{0}{1}", "{!r}", "{:>5}", "{0[0]}", "{a}", "{:d}", "{}{}", "{{}}", "{"];

/** Builtins called with one generated value. */
const UNARY_BUILTINS = [
  "len",
  "abs",
  "int",
  "float",
  "str",
  "repr",
  "bytes",
  "bytearray",
  "bool",
  "hash",
  "min",
  "max",
  "sum",
  "sorted",
  "list",
  "tuple",
  "set",
  "frozenset",
  "dict",
  "complex",
  "ord",
  "chr",
  "hex",
  "oct",
  "bin",
  "iter",
  "any",
  "all",
  "callable",
  "memoryview",
  "range",
  "type",
];

/** Builds one case generator from a seed. */
export function caseGenerator(seed: number): () => FuzzCase {
  const rand = rng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chance = (p: number) => rand() < p;

  const valueOf = (kind: Kind): Value => ({ src: pick(POOLS[kind]), kind });
  const anyValue = (): Value => valueOf(pick(KINDS));
  /** Anything but a big int, where a big int would ask for a huge allocation. */
  const sizeValue = (): Value => valueOf(pick(KINDS.filter((k) => k !== "bigint")));
  const oneOf = (kinds: Kind[]): Value => valueOf(pick(kinds));
  const smallInt = () => String(int(13) - 6);
  const index = () => pick([smallInt(), smallInt(), "100", "-100", "True", "None", "1.0", "'a'"]);
  const sliceBound =
    () => (chance(0.25) ? "" : pick([smallInt(), smallInt(), "50", "-50", "None"]));

  /** An argument for a method: usually of the receiver's own family, sometimes anything. */
  const argFor = (kind: Kind): string => {
    if (chance(0.25)) return sizeValue().src;
    if (chance(0.35)) return smallInt();
    if (kind === "bytearray" || kind === "memoryview") {
      return valueOf(pick(["bytes", "bytearray"])).src;
    }
    if (kind === "bigint" || kind === "bool") return valueOf("int").src;
    if (kind === "frozenset") return valueOf(pick(["set", "frozenset", "list"])).src;
    if (kind === "slice") return smallInt();
    return valueOf(kind).src;
  };

  const binop = (): FuzzCase => {
    const op = pick(BINOPS);
    const a = chance(0.5) ? oneOf(NUMERIC) : anyValue();
    let b = chance(0.5) ? oneOf(NUMERIC) : anyValue();
    // keep results small: no huge powers, shifts or repetitions
    const heavy = (op === "**" || op === "<<" || op === "*") && b.kind === "bigint";
    const heavyLeft = op === "*" && a.kind === "bigint" && SEQUENCES.includes(b.kind);
    if (heavy || heavyLeft) b = valueOf("int");
    if (op === "**" && (a.kind === "bigint" || a.kind === "complex") && b.kind !== "int") {
      b = valueOf("int");
    }
    return { category: `binop ${op}`, body: `return (${a.src}) ${op} (${b.src})` };
  };

  const compare = (): FuzzCase => {
    const op = pick(CMPOPS);
    const a = anyValue();
    const b = chance(0.4) ? valueOf(a.kind) : anyValue();
    return { category: `compare ${op.trim()}`, body: `return (${a.src}) ${op} (${b.src})` };
  };

  const unop = (): FuzzCase => {
    const op = pick(UNOPS);
    return { category: `unary ${op.trim()}`, body: `return ${op}(${anyValue().src})` };
  };

  const subscript = (): FuzzCase => {
    const kinds: Kind[] = [...SEQUENCES, "dict", "set", "int", "None"];
    const v = oneOf(kinds);
    const r = rand();
    if (r < 0.35) return { category: `index ${v.kind}`, body: `return (${v.src})[${index()}]` };
    if (r < 0.55 && v.kind === "dict") {
      return { category: "index dict", body: `return (${v.src})[${anyValue().src}]` };
    }
    if (r < 0.85) {
      const step = chance(0.5) ? "" : ":" + pick(["", "1", "2", "-1", "-2", "3", "0", "None"]);
      const body = `return (${v.src})[${sliceBound()}:${sliceBound()}${step}]`;
      return { category: `slice ${v.kind}`, body };
    }
    return { category: `slice ${v.kind}`, body: `return (${v.src})[${valueOf("slice").src}]` };
  };

  const methodCall = (): FuzzCase => {
    const kind = pick(Object.keys(METHODS) as Kind[]);
    const v = valueOf(kind);
    const name = pick(METHODS[kind]!);
    const category = `method ${kind}.${name}`;
    if (ATTRS.has(name)) return { category, body: `return (${v.src}).${name}` };
    const n = chance(0.7) ? int(3) : int(5);
    const args: string[] = [];
    for (let i = 0; i < n; i++) args.push(argFor(kind));
    if (name === "join" && chance(0.6)) {
      args.splice(0, args.length, valueOf(pick(["list", "tuple"])).src);
      if (kind !== "str") {
        args[0] = pick(["[b'a', b'bc']", "(b'', bytearray(b'x'))", "[b'a', 'b']"]);
      } else if (chance(0.6)) {
        args[0] = pick(["['a', 'bc']", "('x', '', 'y')", "['a', 1]", "'xyz'"]);
      }
    }
    if ((name === "split" || name === "rsplit") && chance(0.4)) {
      args.splice(0, args.length, "None", smallInt());
    }
    // (a width of -1 crashes the reference build: it writes through a 0-byte allocation)
    if (name === "center" && args.length > 0) args[0] = pick(["-5", "-2", String(int(12))]);
    if (name === "fromhex") {
      const on = kind === "memoryview" ? "bytes" : kind;
      return { category, body: `return ${on}.fromhex(${argFor("str")})` };
    }
    if (name === "fromkeys") return { category, body: `return dict.fromkeys(${args.join(", ")})` };
    if (name === "from_bytes") {
      return { category, body: `return int.from_bytes(${args.join(", ")})` };
    }
    const mutable = ["list", "dict", "set", "bytearray"].includes(kind);
    const call = `x.${name}(${args.join(", ")})`;
    const body = mutable
      ? `x = ${v.src}\n    r = ${call}\n    return (r, x)`
      : `return (${v.src}).${name}(${args.join(", ")})`;
    return { category, body };
  };

  const builtinCall = (): FuzzCase => {
    const r = rand();
    if (r < 0.45) {
      const fn = pick(UNARY_BUILTINS);
      const sized = ["bytes", "bytearray", "range", "chr"].includes(fn);
      const v = fn === "hash" && chance(0.8) ? oneOf(HASHABLE) : sized ? sizeValue() : anyValue();
      const wrap = ["iter", "type"].includes(fn)
        ? (s: string) => `type(${s}).__name__`
        : (s: string) => s;
      return { category: `builtin ${fn}`, body: `return ${wrap(`${fn}(${v.src})`)}` };
    }
    if (r < 0.55) {
      const fn = pick(["reversed", "enumerate", "zip", "sorted", "min", "max", "sum", "map"]);
      const v = chance(0.7) ? oneOf([...SEQUENCES, "dict", "set", "frozenset"]) : anyValue();
      const extra = fn === "zip"
        ? ", " + anyValue().src
        : fn === "sorted" && chance(0.5)
        ? ", reverse=True"
        : fn === "sum" && chance(0.5)
        ? ", " + anyValue().src
        : fn === "min" || fn === "max"
        ? chance(0.4) ? ", " + anyValue().src : chance(0.3) ? ", default=0" : ""
        : "";
      const call = fn === "map" ? `map(repr, ${v.src})` : `${fn}(${v.src}${extra})`;
      const body = ["reversed", "enumerate", "zip", "map"].includes(fn)
        ? `return list(${call})`
        : `return ${call}`;
      return { category: `builtin ${fn}`, body };
    }
    if (r < 0.62) {
      const a = oneOf(NUMERIC);
      const b = oneOf(chance(0.8) ? NUMERIC : KINDS);
      return { category: "builtin divmod", body: `return divmod(${a.src}, ${b.src})` };
    }
    if (r < 0.68) {
      const base = pick([...POOLS.int, ...POOLS.bigint, "2.0", "True"]);
      const exp = pick(["0", "1", "2", "5", "-1", "100", "2**70", "1.5"]);
      const mod = pick(["7", "1", "-3", "0", "10**20", "2.0", exp === "2**70" ? "5" : "None"]);
      return { category: "builtin pow3", body: `return pow(${base}, ${exp}, ${mod})` };
    }
    if (r < 0.74) {
      const v = oneOf(chance(0.85) ? ["int", "bigint", "float", "bool"] : KINDS);
      const nd = pick(["", ", 0", ", 1", ", 2", ", -1", ", -2", ", None", ", 1.5"]);
      return { category: "builtin round", body: `return round(${v.src}${nd})` };
    }
    if (r < 0.82) {
      const v = chance(0.7) ? oneOf(["int", "bigint", "float", "bool", "str"]) : anyValue();
      return { category: "format()", body: `return format(${v.src}, '${pick(FORMAT_SPECS)}')` };
    }
    if (r < 0.9) {
      const fmt = pick(PERCENT_FORMATS);
      const arg = chance(0.3)
        ? `(${sizeValue().src}, ${sizeValue().src})`
        : chance(0.1)
        ? "{'a': 1}"
        : anyValue().src;
      return { category: "%-format", body: `return '${fmt}' % ${arg}` };
    }
    if (r < 0.95) {
      const fmt = pick(STR_FORMATS);
      const args = [anyValue().src, anyValue().src];
      if (chance(0.3)) args.push(`a=${anyValue().src}`);
      return { category: "str.format", body: `return '${fmt}'.format(${args.join(", ")})` };
    }
    const kind = pick(["int", "float", "str", "bytes", "bytearray", "list", "tuple", "complex"]);
    const args = [sizeValue().src];
    if (chance(0.5)) args.push(pick(["16", "2", "0", "'utf-8'", "36", "1", "'x'"]));
    return { category: `builtin ${kind}`, body: `return ${kind}(${args.join(", ")})` };
  };

  const statement = (): FuzzCase => {
    const kind = pick(
      ["list", "dict", "set", "bytearray", "tuple", "str", "bytes", "int"] as Kind[],
    );
    const v = valueOf(kind);
    const r = rand();
    if (r < 0.4) {
      const op = pick(AUGOPS);
      let rhs = chance(0.5) ? valueOf(kind).src : anyValue().src;
      if (op === "*=" || op === "<<=") rhs = smallInt();
      return {
        category: `augassign ${kind} ${op}`,
        body: `x = ${v.src}\n    x ${op} ${rhs}\n    return x`,
      };
    }
    if (r < 0.6) {
      const target = chance(0.5)
        ? index()
        : `${sliceBound()}:${sliceBound()}${chance(0.3) ? ":" + pick(["2", "-1", "0"]) : ""}`;
      const rhs = chance(0.5) ? valueOf(kind).src : chance(0.5) ? smallInt() : anyValue().src;
      const key = kind === "dict" && chance(0.5) ? anyValue().src : target;
      return {
        category: `setitem ${kind}`,
        body: `x = ${v.src}\n    x[${key}] = ${rhs}\n    return x`,
      };
    }
    if (r < 0.75) {
      const target = chance(0.5)
        ? index()
        : `${sliceBound()}:${sliceBound()}${chance(0.3) ? ":" + pick(["2", "-1", "0"]) : ""}`;
      return {
        category: `delitem ${kind}`,
        body: `x = ${v.src}\n    del x[${target}]\n    return x`,
      };
    }
    if (r < 0.87) {
      const a = oneOf(SEQUENCES);
      const b = chance(0.6) ? valueOf(a.kind) : anyValue();
      const n = smallInt();
      const body = chance(0.5)
        ? `return (${a.src}) * ${n}`
        : `return ${n} * (${a.src}) + (${b.src})`;
      return { category: `sequence ${a.kind} */+`, body };
    }
    // unpacking and iteration over a value
    const s = anyValue().src;
    const body = chance(0.5) ? `a, *b = ${s}\n    return (a, b)` : `return [e for e in ${s}]`;
    return { category: "unpack/iterate", body };
  };

  return (): FuzzCase => {
    const r = rand();
    if (r < 0.2) return binop();
    if (r < 0.32) return compare();
    if (r < 0.37) return unop();
    if (r < 0.5) return subscript();
    if (r < 0.72) return methodCall();
    if (r < 0.88) return builtinCall();
    return statement();
  };
}

const PRELUDE = `
class _S:
    def __getitem__(self, k):
        return k
S = _S()
def run(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e).replace("\\n", "\\\\n")
`;

/** The program for a batch: one function per case, then one printed line per case. */
export function fuzzProgram(cases: FuzzCase[]): string {
  const defs = cases.map((c, i) => `def c${i}():\n    ${c.body}\n`);
  const names = cases.map((_, i) => `c${i}`);
  const rows: string[] = [];
  for (let i = 0; i < names.length; i += 20) rows.push(names.slice(i, i + 20).join(", ") + ",");
  return PRELUDE + defs.join("") + "for f in (\n" + rows.join("\n") + "\n):\n    print(run(f))\n";
}
