// The start-up bundle bin/upy runs (scripts/build_bundle.ts): it finds a bundle's static imports,
// and a bundle built from this checkout behaves as the sources do.
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { RUN_FLAGS, staticImports } from "../../scripts/build_bundle.ts";
import { acyclic, makeEager } from "../../scripts/eager_functions.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const deno = Deno.execPath();

Deno.test("staticImports: static imports of chunks, not dynamic ones", () => {
  const min = 'import{a as b,c}from"./chunk-AB12.js";import"./chunk-CD34.js";' +
    'var r=()=>import("./repl-EF56.js");import{d}from"./chunk-AB12.js";';
  assertEquals(staticImports(min), ["./chunk-AB12.js", "./chunk-CD34.js"]);
  const pretty = 'import {\n  a\n} from "./chunk-X.js";\nimport "./chunk-Y.js";\n';
  assertEquals(staticImports(pretty), ["./chunk-X.js", "./chunk-Y.js"]);
});

Deno.test("makeEager: executed top-level declarations become parenthesized expressions", () => {
  const js = 'import{a}from"./c.js";function f(x){return g(x)+1}function g(y){return y}' +
    "function*h(){}console.log(f(a));export{f};";
  const starts = new Set([
    js.indexOf("function f"),
    js.indexOf("function g"),
    js.indexOf("function*"),
  ]);
  const out = makeEager(js, starts);
  assertEquals(
    out,
    "var f=(function f(x){return g(x)+1});var g=(function g(y){return y});\n" +
      'import{a}from"./c.js";function*h(){}console.log(f(a));export{f};',
  );
  assertEquals(makeEager(js, new Set()), js);
});

Deno.test("acyclic: the chunk import graph must have no cycle", () => {
  assert(acyclic(new Map([["main.js", ["a.js", "b.js"]], ["a.js", ["b.js"]], ["b.js", []]])));
  assert(!acyclic(new Map([["a.js", ["b.js"]], ["b.js", ["a.js"]]])));
});

function run(args: string[], cwd: string): { code: number; out: string } {
  const r = new Deno.Command(deno, { args, cwd, stdout: "piped", stderr: "piped" }).outputSync();
  const dec = new TextDecoder();
  return { code: r.code, out: dec.decode(r.stdout) + dec.decode(r.stderr) };
}

Deno.test("a bundle built from the checkout runs programs as the sources do", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const out = `${dir}/bundle`;
    const built = run(["run", "-A", "--no-lock", `${ROOT}scripts/build_bundle.ts`, out], ROOT);
    assertEquals(built.code, 0, built.out);
    const inputs = Deno.readTextFileSync(`${out}/inputs`).split("\n");
    assert(inputs.includes(`${ROOT}ports/unix/main.ts`), "inputs list main.ts");
    assert(Deno.statSync(`${out}/stamp`).isFile);
    assert(Deno.readTextFileSync(`${out}/warm.js`).includes('import "./main.js";'));
    Deno.writeTextFileSync(`${dir}/prog.py`, "import sys, re, json\nprint(sys.argv[1:])\n1/0\n");
    const cases = [
      ["-c", "print(1 + 1)"],
      ["prog.py", "x", "y"],
      ["-c", "import sys; sys.exit(3)"],
      ["missing.py"],
    ];
    for (const args of cases) {
      const fromBundle = run([...RUN_FLAGS, `${out}/main.js`, ...args], dir);
      const fromSource = run([
        "run",
        "-A",
        "--no-lock",
        "--quiet",
        `${ROOT}ports/unix/main.ts`,
        ...args,
      ], dir);
      assertEquals(fromBundle, fromSource, args.join(" "));
    }
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
