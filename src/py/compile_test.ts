import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { compileSource } from "./compile.ts";
import { writeMpy } from "../mpy/writer.ts";
import type { PyBaseException } from "./obj_exception.ts";
import "../../emitter/machine_backends.ts";

const VECTORS = new URL("../mpy/testdata/vectors/", import.meta.url);

function vectorNames(): string[] {
  try {
    return [...Deno.readDirSync(VECTORS)].map((d) => d.name)
      .filter((n) => /^\d\d_\w+\.py$/.test(n) && parseInt(n) <= 70).sort();
  } catch {
    return []; // src/mpy/testdata/vectors is absent
  }
}

for (const name of vectorNames()) {
  Deno.test({
    name: `compile ${name} byte-identical to mpy-cross`,
    fn() {
      const src = Deno.readTextFileSync(new URL(name, VECTORS));
      const got = writeMpy(compileSource(src, name));
      const exp = Deno.readFileSync(new URL(name.replace(/\.py$/, ".mpy"), VECTORS));
      let i = 0;
      while (i < got.length && got[i] === exp[i]) i++;
      assertEquals({ firstDiff: i, length: got.length }, {
        firstDiff: exp.length,
        length: exp.length,
      });
    },
  });
}

function hex(src: string): string {
  return [...writeMpy(compileSource(src, "t.py"))].map((b) => b.toString(16).padStart(2, "0"))
    .join(" ");
}

Deno.test("tiny module compiles to the expected bytes", () => {
  // qstrs t.py, <module> (static), x; then the module: prelude, 81 16 02 (x = 1), 51 63.
  assertEquals(
    hex("x = 1\n"),
    "4d 06 00 1f 03 00 08 74 2e 70 79 00 0f 02 78 00 40 00 02 01 81 16 02 51 63",
  );
});

function syntaxErrorOf(src: string): [string, number] {
  try {
    compileSource(src, "t.py");
  } catch (e) {
    const ex = e as PyBaseException;
    return [String(ex.args.items[0]), ex.traceback[0]?.line];
  }
  throw new Error("no error");
}

Deno.test("compile errors are SyntaxErrors with MicroPython's messages", () => {
  assertEquals(syntaxErrorOf("x = 1\nbreak\n"), ["'break'/'continue' outside loop", 2]);
  assertEquals(syntaxErrorOf("return 1\n"), ["'return' outside function", 1]);
  assertEquals(syntaxErrorOf("yield 1\n"), ["'yield' outside function", 1]);
  assertEquals(syntaxErrorOf("def f():\n    x = 1\n    global x\n"), [
    "identifier redefined as global",
    3,
  ]);
  assertEquals(syntaxErrorOf("def f(a, a):\n    pass\n")[0], "argument name reused");
  assertEquals(syntaxErrorOf("f() = 1\n")[0], "can't assign to expression");
  assertEquals(syntaxErrorOf("X = const(f())\n")[0], "not a constant");
  assertEquals(syntaxErrorOf("def f():\n    nonlocal q\n")[0], "no binding for nonlocal found");
  throws(() => compileSource("a, *b, *c = x\n", "t.py"));
});

Deno.test("assert is dropped at -O1", () => {
  const o0 = writeMpy(compileSource("assert x\n", "t.py"));
  const o1 = writeMpy(compileSource("assert x\n", "t.py", { optLevel: 1 }));
  assertEquals(o1.length < o0.length, true);
});
