// Differential fuzz of the re module: generated patterns (mostly valid, some mangled into
// syntax errors) and subjects run through match, search, search with pos/endpos, sub and
// split in upy and in the reference MicroPython (WebAssembly build); every result (all
// groups, the sub/split output, or the exception's type and text) must be the same.
//
// Patterns whose loop body can match empty recurse forever in re1.5: MicroPython's unix
// port raises RuntimeError, the WebAssembly build overflows the JS stack. Such cases are
// rerun alone in the oracle, and a stack overflow there counts as that RuntimeError.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { loadMicroPython } from "micropython-oracle";
import { assertKindsReached, compareWithReference } from "./differential_test_support.ts";
import { rng } from "../fs/test_support.ts";

const SEED = 0x5e1ec7;
const CASES = 10_000;
const BATCH = 1000;

type Case = [op: number, pattern: string, subject: string, extra: string];

function generator(seed: number) {
  const rand = rng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const LITERALS = ["a", "b", "c", " ", "1", "_", "-", ",", "{", "}"];
  const CLASSES = [
    "[ab]",
    "[^a]",
    "[a-c]",
    "[^ab1]",
    "[\\d ]",
    "[-a]",
    "[a-]",
    "[]a]",
    "[^]",
    "[\\]b]",
    "[b-a]",
    "[\\w-]",
    "[ -b]",
    "[^\\s]",
  ];
  const ESCAPES = ["\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "\\.", "\\*", "\\(", "\\\\", "\\n"];
  const QUANTIFIERS = ["*", "+", "?", "*?", "+?", "??"];
  const MANGLE = "()[]|*+?\\^$-{}:";

  const atom = (depth: number): string => {
    const r = rand();
    if (r < 0.35) return pick(LITERALS);
    if (r < 0.45) return ".";
    if (r < 0.57) return pick(CLASSES);
    if (r < 0.67) return pick(ESCAPES);
    if (r < 0.72) return pick(["^", "$"]);
    if (depth < 3) return (rand() < 0.75 ? "(" : "(?:") + alternation(depth + 1) + ")";
    return pick(LITERALS);
  };
  const term = (depth: number) => {
    const a = atom(depth);
    if (rand() >= 0.3 || a === "^" || a === "$") return a;
    const q = pick(QUANTIFIERS);
    // A lazy loop over a group that matches empty can spin forever without nesting any
    // deeper (MicroPython hangs too): lazy loops only repeat single characters.
    return a + (a[0] === "(" && (q === "*?" || q === "+?") ? q[0] : q);
  };
  const sequence = (depth: number) => {
    let s = "";
    for (let n = int(4); n >= 0; n--) s += term(depth);
    return s;
  };
  const alternation = (depth: number): string => {
    let s = sequence(depth);
    while (rand() < 0.2) s += "|" + (rand() < 0.1 ? "" : sequence(depth));
    return s;
  };
  const pattern = () => {
    let p = alternation(0);
    // Some syntax errors: insert or delete a random special character.
    if (rand() < 0.12) {
      const i = int(p.length + 1);
      p = rand() < 0.6 ? p.slice(0, i) + pick([...MANGLE]) + p.slice(i) : p.slice(0, i) +
        p.slice(i + 1);
    }
    return p;
  };
  const subject = (unicode: boolean) => {
    const chars = unicode ? "ab é1" : "abc 1_-,{}\n.";
    let s = "";
    for (let n = int(13); n > 0; n--) s += chars[int(chars.length)];
    return s;
  };
  const TEMPLATE = ["x", "\\1", "\\g<1>", "\\0", "\\\\", "\\n", "\\g<name>", "\\2", "-", ""];
  const template = () => {
    let t = "";
    for (let n = int(3); n >= 0; n--) t += pick(TEMPLATE);
    return t;
  };

  return (): Case => {
    const op = int(6);
    // Only match/search/split check that str pieces are whole UTF-8 characters; sub builds
    // its str unchecked in MicroPython, so it stays ASCII.
    const unicode = op < 3 && rand() < 0.1;
    let p = pattern();
    // An open class ending in "x-" makes re1.5 read past the pattern's end (undefined).
    if (p.endsWith("-") && p.includes("[")) p += "a";
    const s = subject(unicode);
    let extra = "";
    if (op === 2) extra = `(${int(s.length + 3) - 1}, ${int(s.length + 3) - 1})`;
    else if (op === 3) extra = String(int(4) - 1);
    else if (op >= 4) extra = pyStr(template());
    return [op, p, s, extra];
  };
}

function pyStr(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\" || ch === "'") out += "\\" + ch;
    else if (c < 0x20 || c > 0x7e) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out + "'";
}

const PRELUDE = `
import re
def enc(m):
    if m is None:
        return 'None'
    n = int(repr(m)[11:-1])
    return repr(tuple(m.group(i) for i in range(n)))
def run(op, p, s, x):
    try:
        if op == 0:
            return enc(re.match(p, s))
        if op == 1:
            return enc(re.search(p, s))
        if op == 2:
            return enc(re.compile(p).search(s, x[0], x[1]))
        if op == 3:
            return repr(re.compile(p).split(s, x))
        if op == 4:
            return repr(re.sub(p, x, s))
        return repr(re.compile(p).sub(x, s, 2))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
`;

function program(cases: Case[]): string {
  const rows = cases.map(([op, p, s, x]) => `(${op}, ${pyStr(p)}, ${pyStr(s)}, ${x || "0"}),`);
  return PRELUDE + "for c in (\n" + rows.join("\n") + "\n):\n    print(run(*c))\n";
}

const STACK_OVERFLOW = "RuntimeError: maximum recursion depth exceeded";

/** The reference's output lines for a batch; cases that overflow the JS stack are rerun one
 * by one in fresh instances. */
async function oracleLines(cases: Case[]): Promise<string[]> {
  let out = "";
  const load = () => loadMicroPython({ stdout: (s: string) => out += s + "\n" });
  let mp = await load();
  try {
    mp.runPython(program(cases));
    return out.split("\n").slice(0, cases.length);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  const lines: string[] = [];
  for (const c of cases) {
    out = "";
    try {
      mp.runPython(program([c]));
      lines.push(out.split("\n")[0]);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      lines.push(STACK_OVERFLOW);
      mp = await load();
    }
  }
  return lines;
}

Deno.test(`re: ${CASES} generated patterns x subjects agree with the reference`, async () => {
  const { mismatches, kinds } = await compareWithReference({
    cases: Array.from({ length: CASES }, generator(SEED)),
    batch: BATCH,
    program,
    file: "re_fuzz.py",
    oracle: oracleLines,
    kindOf: (line) =>
      line.startsWith("None")
        ? "no match"
        : /^\w+Error: /.test(line)
        ? line.split(":")[0]
        : "result",
    show: (c) => JSON.stringify(c),
  });
  assertEquals(mismatches.slice(0, 10).join("\n"), "", `${mismatches.length} mismatches`);
  assertKindsReached(
    kinds,
    ["result", "no match", "ValueError", "RuntimeError"].map((k) => [k, 50]),
  );
});
