// Differential fuzz of the json module: generated JSON texts (well-formed, and mutated into
// every kind of malformed), the same as bytes and streams, and generated Python values for
// dumps/dump (with valid and invalid separators) run in upy and in the reference MicroPython
// (WebAssembly build). Every case's result repr, or its exception type and message, must be
// the same.
//
// Not generated: \u escapes that land in the surrogate range, and lone surrogates. MicroPython
// stores them as 3-byte sequences, so "\ud83d\ude00" is two chars there; a JS string pairs
// them into one (and upy's str hash and repr do not handle lone surrogates).
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { assertKindsReached, compareWithReference } from "./differential_test_support.ts";
import { rng } from "../fs/test_support.ts";

const SEED = 0x150a;
const CASES = 12_000;
const BATCH = 1500;

/** [operation, Python expression of the argument, Python expression of separators]. */
type Case = [op: number, arg: string, sep: string];

const OP_LOADS = 0;
const OP_DUMPS = 1;
const OP_LOAD = 2;
const OP_DUMP = 3;
const OP_ROUNDTRIP = 4;

/** A Python str literal (ASCII source; no lone surrogates ever reach it). */
function pyStr(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\" || ch === '"') out += "\\" + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + '"';
}

function pyBytes(data: Uint8Array): string {
  let out = 'b"';
  for (const b of data) {
    if (b === 0x5c || b === 0x22) out += "\\" + String.fromCharCode(b);
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += "\\x" + b.toString(16).padStart(2, "0");
  }
  return out + '"';
}

/** Would some \u escape in `text` decode to a surrogate? modjson.c reads the four chars after
 * "\u" as UTF-8 bytes and maps each to a nibble with byte arithmetic. */
function hasSurrogateEscape(text: string): boolean {
  const data = new TextEncoder().encode(text);
  for (let i = 0; i + 1 < data.length; i++) {
    if (data[i] !== 0x5c || data[i + 1] !== 0x75) continue;
    let num = 0;
    for (let k = 2; k <= 5; k++) {
      const ch = i + k < data.length ? data[i + k] : 0;
      let d = ((ch | 0x20) - 0x30) & 0xff;
      if (d > 9) d = (d - 39) & 0xff;
      num = (num << 4) | d;
    }
    if (num >= 0xd800 && num < 0xe000) return true;
  }
  return false;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function generator(seed: number) {
  const rand = rng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chance = (p: number) => rand() < p;

  // --- JSON text -------------------------------------------------------------------------
  const WS = [" ", " ", "", "", "", "\n", "\t", "\r\n", "  "];
  const ws = () => (chance(0.3) ? pick(WS) : "");
  const digits = (n: number) => {
    let s = "";
    for (let i = 0; i < n; i++) s += String(int(10));
    return s;
  };
  const jsonNumber = (): string => {
    const sign = chance(0.3) ? "-" : "";
    const r = rand();
    if (r < 0.4) return sign + String(int(1000));
    if (r < 0.5) return sign + digits(1 + int(30));
    let s = sign + String(int(100000));
    if (chance(0.8)) s += "." + digits(1 + int(17));
    if (chance(0.4)) s += pick(["e", "E"]) + pick(["", "+", "-"]) + String(int(330));
    return s;
  };
  const STR_PIECES = [
    "a",
    "b",
    "key",
    " ",
    "0",
    "\\n",
    "\\t",
    '\\"',
    "\\\\",
    "\\/",
    "\\b",
    "\\f",
    "\\r",
    "\\u0041",
    "\\u00e9",
    "\\u20AC",
    "\\u0000",
    "\\u001f",
    "\\uffff",
    "\u00e9",
    "\u20ac",
    "\u{1f600}",
    "\x01",
    "\x7f",
    "'",
    "{",
    "]",
    ":",
    ",",
  ];
  const jsonString = () => {
    let s = '"';
    for (let n = int(6); n > 0; n--) s += pick(STR_PIECES);
    return s + '"';
  };
  const jsonValue = (depth: number): string => {
    const r = rand();
    if (depth > 3 || r < 0.45) {
      const p = rand();
      if (p < 0.3) return jsonNumber();
      if (p < 0.7) return jsonString();
      return pick(["null", "true", "false"]);
    }
    if (r < 0.75) {
      const items: string[] = [];
      for (let n = int(5); n > 0; n--) items.push(ws() + jsonValue(depth + 1) + ws());
      return "[" + items.join(chance(0.05) ? ",," : ",") + "]";
    }
    const items: string[] = [];
    for (let n = int(5); n > 0; n--) {
      // (numeric keys stay small: upy hashes huge integral floats unlike MicroPython)
      const key = chance(0.85) ? jsonString() : pick([String(int(99)), "-1.5", "null", "true"]);
      items.push(ws() + key + ws() + ":" + ws() + jsonValue(depth + 1) + ws());
    }
    return "{" + items.join(",") + "}";
  };
  const MUTANTS = [
    "[",
    "]",
    "{",
    "}",
    '"',
    ",",
    ":",
    "\\",
    " ",
    "-",
    "+",
    ".",
    "e",
    "E",
    "0",
    "7",
    "t",
    "n",
    "u",
    "l",
    "x",
    "\x00",
    "\x0b",
    "\x0c",
    "\u00e9",
    "\\u",
    "\\u00",
    "]]",
    "[[",
  ];
  const mutate = (s: string): string => {
    for (let n = 1 + int(3); n > 0; n--) {
      const i = int(s.length + 1);
      const r = rand();
      if (r < 0.3) s = s.slice(0, i) + s.slice(i + 1 + int(3));
      else if (r < 0.6) s = s.slice(0, i) + pick(MUTANTS) + s.slice(i);
      else if (r < 0.8) s = s.slice(0, i) + pick(MUTANTS) + s.slice(i + 1);
      else if (r < 0.9) s = s.slice(0, i);
      else s = s.slice(0, i) + s.slice(int(s.length)) + s.slice(i);
    }
    return s;
  };
  /** Some text as bytes: its UTF-8, sometimes with a stray non-UTF-8 byte. */
  const asBytes = (s: string): string => {
    let data = new TextEncoder().encode(s);
    if (chance(0.3)) {
      const i = int(data.length + 1);
      const b = pick([0x80, 0xbf, 0xc3, 0xe2, 0xed, 0xff, 0xf0]);
      data = new Uint8Array([...data.slice(0, i), b, ...data.slice(i)]);
    }
    return pyBytes(data);
  };

  // --- Python values ----------------------------------------------------------------------
  const hex = (n: number) => {
    let s = "";
    for (let i = 0; i < n; i++) s += "0123456789abcdef"[int(16)];
    return s;
  };
  const pyFloat = (): string => {
    const r = rand();
    if (r < 0.4) return (int(20000) / 16 - 600).toFixed(4);
    if (r < 0.5) return pick(["0.0", "-0.0", "float('inf')", "float('-inf')", "float('nan')"]);
    // exact random doubles (exponent kept clear of inf/nan), little-endian bytes
    const exp = 1 + int(0x7fe);
    const top = ((chance(0.5) ? 0x800 : 0) | exp) << 4 | int(16);
    return `F("${hex(12)}${(top & 0xff).toString(16).padStart(2, "0")}${
      (top >> 8).toString(16).padStart(2, "0")
    }")`;
  };
  const STR_CHARS = ["a", "Z", " ", '"', "\\", "\n", "\t", "\b", "\f", "\x00", "\x1f", "\x7f"];
  const pyText = () => {
    let s = "";
    for (let n = int(6); n > 0; n--) {
      s += chance(0.8) ? pick(STR_CHARS) : pick(["\u00e9", "\u0800", "\uffff", "\u{1f600}"]);
    }
    return s;
  };
  const pyScalar = (): string => {
    const r = rand();
    if (r < 0.25) return String(int(2000) - 1000);
    if (r < 0.3) return (chance(0.5) ? "-" : "") + "1" + digits(int(40));
    if (r < 0.5) return pyFloat();
    if (r < 0.8) return pyStr(pyText());
    if (r < 0.9) return pick(["None", "True", "False"]);
    return pick([
      'b"a\\x01\\xc3\\xa9"',
      'b""',
      'bytearray(b"ba")',
      "{1, 2, 3}",
      "frozenset()",
      "1+2j",
      "range(2)",
      "R()",
      'L([1, "l"])',
      "D(k=[None])",
      'T((1, "t"))',
      'S("s\\n")',
      "I(3)",
      "ValueError('v', 2)",
      "E(1)",
      'OrderedDict([("b", 1), ("a", 2)])',
    ]);
  };
  const pyKey = (): string => {
    const r = rand();
    if (r < 0.6) return pyStr(pyText());
    if (r < 0.75) return String(int(100) - 50);
    if (r < 0.8) return (int(2000) / 8 - 100).toFixed(3);
    // (no str-subclass keys: upy's dict keys them by identity)
    return pick(["None", "True", "False", "(1, 'a')", 'b"k"', "()"]);
  };
  const pyValue = (depth: number): string => {
    const r = rand();
    if (depth > 3 || r < 0.5) return pyScalar();
    const items: string[] = [];
    const n = int(5);
    if (r < 0.7) {
      for (let i = 0; i < n; i++) items.push(pyValue(depth + 1));
      return "[" + items.join(", ") + "]";
    }
    if (r < 0.8) {
      for (let i = 0; i < n; i++) items.push(pyValue(depth + 1));
      return "(" + items.join(", ") + (n === 1 ? ",)" : ")");
    }
    for (let i = 0; i < n; i++) items.push(pyKey() + ": " + pyValue(depth + 1));
    return "{" + items.join(", ") + "}";
  };
  const SEPARATORS = [
    "(',', ':')",
    "(', ', ': ')",
    "['', '']",
    "(';', '=')",
    "('\\n', '\\t')",
    "(b',', b':')",
    "(',',)",
    "(1, ':')",
    "5",
    "(',', ':', ';')",
    "'ab'",
  ];
  const separators = () => (chance(0.6) ? "None" : pick(SEPARATORS));

  const textCase = (): string => {
    for (;;) {
      let text = jsonValue(0);
      if (chance(0.25)) text = ws() + text + ws();
      if (chance(0.45)) text = mutate(text);
      // (a mutation may cut a surrogate pair: lone surrogates are the same problem)
      if (!hasSurrogateEscape(text) && !LONE_SURROGATE.test(text)) return text;
    }
  };

  return (): Case => {
    const r = rand();
    if (r < 0.35) return [OP_LOADS, pyStr(textCase()), "None"];
    if (r < 0.45) return [OP_LOADS, asBytes(textCase()), "None"];
    if (r < 0.5) {
      const text = textCase();
      return [OP_LOAD, chance(0.5) ? pyStr(text) : asBytes(text), "None"];
    }
    if (r < 0.8) return [OP_DUMPS, pyValue(0), separators()];
    if (r < 0.88) return [OP_DUMP, pyValue(0), separators()];
    return [OP_ROUNDTRIP, pyValue(0), chance(0.5) ? "None" : "(',', ':')"];
  };
}

const PRELUDE = `
import json, io, struct
from collections import OrderedDict
def F(h):
    return struct.unpack("<d", bytes.fromhex(h))[0]
class R:
    def __repr__(self):
        return "<R>"
class L(list):
    pass
class D(dict):
    pass
class T(tuple):
    pass
class S(str):
    pass
class I(int):
    pass
class E(Exception):
    pass
def run(op, a, sep):
    try:
        if op == 0:
            r = json.loads(a)
        elif op == 1:
            r = json.dumps(a, separators=sep)
        elif op == 2:
            r = json.load(io.StringIO(a) if isinstance(a, str) else io.BytesIO(a))
        elif op == 3:
            s = io.StringIO()
            json.dump(a, s, separators=sep)
            r = s.getvalue()
        else:
            t = json.dumps(a, separators=sep)
            r = (t, json.loads(t))
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
`;

function program(cases: Case[]): string {
  const rows = cases.map(([op, a, sep]) => `(${op}, ${a}, ${sep}),`);
  return PRELUDE + "for c in (\n" + rows.join("\n") + "\n):\n    print(run(*c))\n";
}

Deno.test(`json: ${CASES} generated texts and values agree with the reference`, async () => {
  const { mismatches, kinds } = await compareWithReference({
    cases: Array.from({ length: CASES }, generator(SEED)),
    batch: BATCH,
    program,
    file: "json_fuzz.py",
    kindOf: (line) => /^(\w+Error): /.exec(line)?.[1] ?? "result",
    show: (c) => JSON.stringify(c),
  });
  assertEquals(mismatches.slice(0, 10).join("\n"), "", `${mismatches.length} mismatches`);
  assertKindsReached(kinds, [
    ["result", 4000],
    ["ValueError", 1000],
    ["TypeError", 100],
    ["UnicodeError", 30],
  ]);
});
