// upy's frozen pure-Python library: statements marked "#@N" stand at line N (where
// micropython-lib's frozen copies have them, which tracebacks print), and `upy -m unittest`
// runs a package's __main__ from the frozen table.
import { deepStrictEqual as assertEquals } from "node:assert/strict";

const PYLIB = new URL("./", import.meta.url);
const MAIN = new URL("../../ports/unix/main.ts", import.meta.url).pathname;
const TREE = new URL("../../tests/pylib/", import.meta.url).pathname;

/** Python files of src/pylib, relative paths. */
function pythonFiles(dir: URL, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of Deno.readDirSync(dir)) {
    if (e.isDirectory) out.push(...pythonFiles(new URL(`${e.name}/`, dir), `${prefix}${e.name}/`));
    else if (e.name.endsWith(".py")) out.push(prefix + e.name);
  }
  return out;
}

Deno.test("anchored statements stand at the line their marker names", () => {
  let anchors = 0;
  const misplaced: string[] = [];
  for (const rel of pythonFiles(PYLIB)) {
    const lines = Deno.readTextFileSync(new URL(rel, PYLIB)).split("\n");
    lines.forEach((line, i) => {
      const m = /#@(\d+)\s*$/.exec(line);
      if (m === null) return;
      anchors++;
      if (Number(m[1]) !== i + 1) misplaced.push(`${rel}:${i + 1} marked ${m[1]}`);
    });
  }
  assertEquals(misplaced, []);
  assertEquals(anchors > 60, true);
});

async function upy(args: string[]): Promise<{ code: number; out: string }> {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--no-lock", "--quiet", MAIN, ...args],
    cwd: TREE,
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: r.code, out: new TextDecoder().decode(r.stdout) };
}

Deno.test("upy -m unittest discovers tests and exits with the failing modules' count", async () => {
  const all = await upy(["-m", "unittest", "discover", "-s", "discover_tree"]);
  assertEquals(all.code, 1);
  assertEquals(all.out.includes("test_wrong (test_shapes.Area) ... FAIL\n"), true);
  assertEquals(all.out.includes("FAILED (failures=1, errors=0)\n"), true);
  const words = await upy(["-m", "unittest", "discover", "-s", "discover_tree", "-p", "check*"]);
  assertEquals(words.code, 0);
  assertEquals(words.out.endsWith("Ran 2 tests\n\nOK\n"), true);
  const file = await upy(["-m", "unittest", "discover_tree/nested/check_words.py"]);
  assertEquals(file, { code: 0, out: words.out });
});
