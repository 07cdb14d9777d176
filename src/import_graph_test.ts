// The core's layering, checked on the import graph: everything that src/py and src/mpy import,
// directly or through other files, stays out of ports/ and the Thumb emulator and never calls a
// Deno API. The host reaches the core only as an object handed to an interpreter.
import { ok } from "node:assert/strict";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "..");
const CORE_DIRS = ["src/py", "src/mpy"];
/** Files the core must not reach: the ports, and the emulator with the code that drives it. */
const FORBIDDEN = [/^ports\//, /^emitter\/thumb_sim/, /^emitter\/emit_inline_thumb_run\.ts$/];
const DENO_API = /\bDeno\.[a-zA-Z]/;
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']/g;

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** Relative imports of a file, as paths from the repository root. */
function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith(".")) out.push(relative(ROOT, join(ROOT, dirname(file), spec)));
  }
  return out;
}

function coreFiles(): string[] {
  const files: string[] = [];
  for (const dir of CORE_DIRS) {
    for (const e of Deno.readDirSync(join(ROOT, dir))) {
      // Tests and the generators of fuzz tests are not core code.
      const testCode = e.name.endsWith("_test.ts") || e.name.endsWith("_fuzz_gen.ts");
      if (e.isFile && e.name.endsWith(".ts") && !testCode) {
        files.push(`${dir}/${e.name}`);
      }
    }
  }
  return files.sort();
}

Deno.test("src/py and src/mpy reach neither ports/, the emulator, nor a Deno API", () => {
  /** file → how it was reached (for the message). */
  const via = new Map<string, string>();
  const queue = coreFiles();
  for (const f of queue) via.set(f, f);
  const problems: string[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const text = stripComments(Deno.readTextFileSync(join(ROOT, file)));
    if (DENO_API.test(text)) {
      problems.push(`${file} uses a Deno API (reached via ${via.get(file)})`);
    }
    for (const dep of importsOf(file, text)) {
      if (FORBIDDEN.some((re) => re.test(dep))) {
        problems.push(`${file} imports ${dep} (reached via ${via.get(file)})`);
      }
      if (!via.has(dep)) {
        via.set(dep, `${via.get(file)} → ${dep}`);
        queue.push(dep);
      }
    }
  }
  ok(via.size > 100, `walked only ${via.size} files: is the import pattern still right?`);
  ok(problems.length === 0, problems.join("\n"));
});

Deno.test("the import-graph check notices a forbidden import and a Deno call", () => {
  const text = 'import { x } from "../../ports/unix/host.ts";\nconst y = Deno.readFileSync("a");';
  const deps = importsOf("src/py/example.ts", stripComments(text));
  ok(deps.length === 1 && FORBIDDEN.some((re) => re.test(deps[0])), String(deps));
  ok(DENO_API.test(stripComments(text)));
  ok(!DENO_API.test(stripComments("// Deno.exit is not called here\nconst a = 1;")));
});
