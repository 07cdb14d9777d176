// The hot-function profile: its text and checks (jit_profile.ts), and how cross finds the
// profile's functions in a module and compiles them (jit_profile_hot.ts, crossCompile's `hot`).
import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import { type HotFunction, parseProfile, ProfileError, profileText } from "./jit_profile.ts";
import {
  compileHot,
  type DefSpan,
  defSpans,
  entriesForModule,
  findDef,
  planHot,
} from "./jit_profile_hot.ts";
import { syntaxError } from "../../src/py/compile_error.ts";
import { crossCompile } from "./cross.ts";
import { parse } from "../../src/py/parser.ts";
import { ARCH_CODES } from "../../src/mpy/arch.ts";
import { readMpy } from "../../src/mpy/reader.ts";
import { RawCodeKind } from "../../src/py/raw_code.ts";

Deno.test("profile text: one function a line, read back as written", () => {
  const fns: HotFunction[] = [
    { file: "/a/app.py", line: 6, name: "fib" },
    { file: '/a/"q".py', line: 21, name: "total" },
  ];
  const text = profileText(fns);
  assertEquals(text.split("\n")[3], `    {"file": "/a/app.py", "line": 6, "name": "fib"},`);
  assertEquals(parseProfile(text, "p"), fns);
  assertEquals(parseProfile(profileText([]), "p"), []);
});

Deno.test("profile checks: each mistake is one ProfileError line", () => {
  const bad: [string, string][] = [
    ["{", "not valid JSON"],
    ["[]", "not a JSON object"],
    [`{"functions": []}`, `"upy_profile" is undefined, expected 1`],
    [`{"upy_profile": 1}`, `"functions" is not a list`],
    [`{"upy_profile": 1, "functions": [{"file": "a", "line": 0, "name": "f"}]}`, "functions[0]"],
    [`{"upy_profile": 1, "functions": [null]}`, "functions[0]"],
  ];
  for (const [text, why] of bad) {
    assertThrows(() => parseProfile(text, "p.json"), (e: Error) => {
      return e instanceof ProfileError && e.message.startsWith("bad profile 'p.json': ") &&
        e.message.includes(why) && !e.message.includes("\n");
    }, text);
  }
});

Deno.test("entries for a module: by real path, else by base name", () => {
  const p: HotFunction[] = [
    { file: "/x/app.py", line: 3, name: "f" },
    { file: "/y/app.py", line: 4, name: "g" },
    { file: "/y/lib.py", line: 5, name: "h" },
  ];
  assertEquals(entriesForModule(p, { realPath: "/y/app.py", name: "app.py" }), [p[1]]);
  assertEquals(entriesForModule(p, { realPath: "/z/app.py", name: "z/app.py" }), [p[0], p[1]]);
  assertEquals(entriesForModule(p, { name: "lib.py" }), [p[2]]);
  assertEquals(entriesForModule(p, { name: "other.py" }), []);
});

const SOURCE = `@deco
def f(x):
    """doc"""
    return x

class C:
    def f(self):
        def f():
            return 1
        return f()

def one(): return 2
`;

Deno.test("findDef: the name and a line of the body; the innermost def of that name", () => {
  const spans = defSpans(parse(SOURCE, "m.py"));
  const at = (name: string, line: number) => findDef(spans, { file: "m.py", line, name })?.start;
  assertEquals(at("f", 4), 1); // decorated: the statement starts at the decorator
  assertEquals(at("f", 3), 1);
  assertEquals(at("f", 2), undefined); // the def line is not in the body
  assertEquals(at("f", 8), 7); // the method: its first body line holds the inner def
  assertEquals(at("f", 9), 8); // the inner function
  assertEquals(at("f", 10), 7);
  assertEquals(at("one", 12), 12);
  assertEquals(at("two", 12), undefined);
});

Deno.test("planHot: stale entries and explicit @micropython.bytecode are noted, not marked", () => {
  const mod = parse(
    "@micropython.bytecode\ndef f():\n    pass\n\ndef g():\n    pass\n\nclass K:\n    pass\n",
    "m.py",
  );
  const plan = planHot(mod, [
    { file: "m.py", line: 3, name: "f" },
    { file: "m.py", line: 6, name: "g" },
    { file: "m.py", line: 9, name: "h" },
    { file: "m.py", line: 1, name: "<listcomp>" },
    { file: "m.py", line: 1, name: "K" }, // a class body (-X jit=eager compiles those too)
  ], "m.py");
  assertEquals(plan.marked.map((s) => s.node.name), ["g"]);
  assertEquals(plan.notes, [
    "m.py:1: 'f' stays @bytecode",
    "m.py: hot function 'h' (line 9) not found; stale profile?",
  ]);
});

/** Kind of each function raw code below the module, in order. */
function kinds(mpy: Uint8Array): number[] {
  const out: number[] = [];
  const walk = (rc: { kind: number; children: { kind: number; children: [] }[] }) => {
    for (const c of rc.children) {
      out.push(c.kind);
      walk(c);
    }
  };
  walk(readMpy(mpy, { thumbNative: true }).rawCode as never);
  return out;
}

const WIDE = "def wide(n):\n" +
  Array.from({ length: 300 }, (_, i) => `    v${i} = n\n`).join("") + "    return v0\n";

Deno.test("crossCompile hot: native where the emitter can, bytecode with a note where not", () => {
  const source = `def f(n):\n    return n + 1\n\n${WIDE}\ndef g():\n    return 2\n`;
  const hot = [
    { file: "m.py", line: 2, name: "f" },
    { file: "m.py", line: 5, name: "wide" },
  ];
  const r = crossCompile(source, { inputName: "m.py", arch: ARCH_CODES.get("armv6m"), hot });
  const { NATIVE_PY, BYTECODE } = RawCodeKind;
  assertEquals(kinds(r.mpy), [NATIVE_PY, BYTECODE, BYTECODE]);
  assertEquals(r.hot, ["1 f"]);
  assertEquals(r.notes, [
    "m.py:4: hot function 'wide' stays bytecode: " +
    "NotImplementedError: too many locals for native method",
  ]);
  // Without hot entries, or for an arch without a native emitter, all of it is bytecode.
  const plain = crossCompile(source, { inputName: "m.py", arch: ARCH_CODES.get("armv6m") });
  assertEquals(kinds(plain.mpy), [BYTECODE, BYTECODE, BYTECODE]);
  const x64 = crossCompile(source, { inputName: "m.py", arch: ARCH_CODES.get("x64"), hot });
  assertEquals(
    x64.mpy,
    crossCompile(source, { inputName: "m.py", arch: ARCH_CODES.get("x64") }).mpy,
  );
  assertEquals(x64.notes, ["m.py: no native emitter for -march=x64: hot functions stay bytecode"]);
});

Deno.test("crossCompile hot: the module's own syntax error is still the error", () => {
  assertThrows(
    () =>
      crossCompile("def f():\n    return 1\nreturn 2\n", {
        inputName: "m.py",
        arch: ARCH_CODES.get("armv7m"),
        hot: [{ file: "m.py", line: 2, name: "f" }],
      }),
    (e: { traceback?: { line: number }[] }) => e.traceback?.at(-1)?.line === 3,
  );
});

Deno.test("compileHot: a refused def is found from the error's scope and line", () => {
  const spans = defSpans(parse("def f():\n    pass\n\ndef g():\n    pass\n", "m.py"));
  const seen: string[][] = [];
  const refused: string[] = [];
  const result = compileHot(spans, () => {
    // What is marked right now: the defs with the @micropython.native decorator added.
    const marked = spans.filter((s) => s.node.decorators.length > 0).map((s) => s.node.name);
    seen.push(marked);
    if (marked.includes("g")) throw syntaxError("m.py", 5, "refused", "g");
    return "ok";
  }, (s: DefSpan, why: string) => refused.push(`${s.node.name}: ${why}`));
  assertEquals(result, "ok");
  assertEquals(seen, [["f", "g"], ["f"]]);
  assertEquals(refused, ["g: SyntaxError: refused"]);
  assertEquals(spans.map((s) => s.node.decorators.length), [0, 0]); // the tree is as it was
});
