// `upy cross` against real mpy-cross 1.27: every bytecode vector NN_name.py in
// src/mpy/testdata/vectors compiles to exactly NN_name.mpy. (Running the vector .mpy files and
// comparing with NN_name.exp is src/py/vm_vectors_test.ts.) Also: the CLI itself, and the
// disassembler on every vector, including the native ones.
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { crossCompile } from "../../ports/unix/cross.ts";
import { disassembleMpy } from "./disasm.ts";
import { readMpy } from "./reader.ts";
import { loadCode } from "../py/vm_prelude.ts";

const VECTORS = new URL("./testdata/vectors/", import.meta.url);
const ROOT = new URL("../../", import.meta.url);

function listVectors(re: RegExp): string[] {
  try {
    return [...Deno.readDirSync(VECTORS)].map((e) => e.name).filter((n) => re.test(n)).sort();
  } catch {
    return []; // vectors not present in this checkout
  }
}

const BYTECODE = listVectors(/^\d\d_[a-z0-9_]+\.mpy$/);

Deno.test("upy cross reproduces every bytecode vector byte for byte", () => {
  const differ: string[] = [];
  for (const name of BYTECODE) {
    const py = name.replace(/\.mpy$/, ".py");
    const source = Deno.readTextFileSync(new URL(py, VECTORS));
    const expected = Deno.readFileSync(new URL(name, VECTORS));
    const { mpy } = crossCompile(source, { inputName: py });
    if (mpy.length !== expected.length || mpy.some((b, i) => b !== expected[i])) differ.push(name);
    // What we write loads back and passes the load-time checks of every function.
    const code = loadCode(readMpy(mpy));
    const walk = (c: typeof code) => c.raw.children.forEach((_, i) => walk(c.child(i)));
    walk(code);
  }
  console.log(`byte-identical: ${BYTECODE.length - differ.length}/${BYTECODE.length}`);
  assertEquals(differ, []);
});

Deno.test("disassembler lists every vector, native ones included", () => {
  for (const name of listVectors(/^\d\d_[a-z0-9_]+(\.armv\dm)?\.mpy$/)) {
    const text = disassembleMpy(Deno.readFileSync(new URL(name, VECTORS)), name);
    assert(text.includes("qstr_table["), name);
    assert(!text.includes("<bad opcode>") && !text.includes("(bad prelude)"), name);
  }
});

async function upy(args: string[], cwd: string, stdin?: Uint8Array) {
  const cmd = new Deno.Command(new URL("bin/upy", ROOT).pathname, {
    args,
    cwd,
    stdin: stdin ? "piped" : "null",
    stdout: "piped",
    stderr: "piped",
  });
  const child = cmd.spawn();
  if (stdin) {
    const w = child.stdin.getWriter();
    await w.write(stdin);
    await w.close();
  }
  const r = await child.output();
  const dec = new TextDecoder();
  return { code: r.code, stdout: r.stdout, out: dec.decode(r.stdout), err: dec.decode(r.stderr) };
}

Deno.test({
  name: "upy cross command line: default output, -o, -s, stdin, errors, --dump",
  ignore: BYTECODE.length === 0,
  async fn() {
    const dir = Deno.makeTempDirSync();
    try {
      const name = "40_exc_finally_flow";
      Deno.copyFileSync(new URL(name + ".py", VECTORS), `${dir}/${name}.py`);
      const expected = Deno.readFileSync(new URL(name + ".mpy", VECTORS));
      let r = await upy(["cross", name + ".py"], dir);
      assertEquals([r.code, r.err], [0, ""]);
      assertEquals(Deno.readFileSync(`${dir}/${name}.mpy`), expected);
      assertEquals([...Deno.readDirSync(dir)].length, 2); // no temp file left behind

      // -o and -s: the recorded name is what -s says.
      r = await upy(["cross", "-o", "out.mpy", "-s", "lib/x.py", name + ".py"], dir);
      assertEquals(r.code, 0);
      assertEquals(readMpy(Deno.readFileSync(`${dir}/out.mpy`)).qstrs[0], "lib/x.py");

      // Without -s the path is recorded as given.
      Deno.mkdirSync(`${dir}/sub`);
      Deno.copyFileSync(`${dir}/${name}.py`, `${dir}/sub/m.py`);
      r = await upy(["cross", "sub/m.py"], dir);
      assertEquals(readMpy(Deno.readFileSync(`${dir}/sub/m.mpy`)).qstrs[0], "sub/m.py");

      // stdin in, stdout out; recorded as <stdin>.
      r = await upy(["cross", "-"], dir, Deno.readFileSync(`${dir}/${name}.py`));
      assertEquals(r.code, 0);
      assertEquals(readMpy(r.stdout).qstrs[0], "<stdin>");

      // The compiled file runs.
      r = await upy([`${name}.mpy`], dir);
      assertEquals(r.out, Deno.readTextFileSync(new URL(name + ".exp", VECTORS)));

      // A syntax error: MicroPython's traceback on stderr, exit 1, no output file.
      Deno.writeTextFileSync(`${dir}/bad.py`, "x = 1\nif x\n  pass\n");
      r = await upy(["cross", "bad.py"], dir);
      assertEquals([r.code, r.err], [
        1,
        'Traceback (most recent call last):\n  File "bad.py", line 2\nSyntaxError: invalid syntax\n',
      ]);
      assert(
        !Deno.statSync(dir).isFile && ![...Deno.readDirSync(dir)].some((e) => e.name === "bad.mpy"),
      );

      r = await upy(["cross", "missing.py"], dir);
      assertEquals(r.code, 1);
      assert(r.err.includes("missing.py"), r.err);
      r = await upy(["cross", "--version"], dir);
      assertEquals(r.out, "MicroPython v1.27.0 on 2025-12-10; mpy-cross emitting mpy v6.3\n");
      r = await upy(["cross", "-march=nope", "x.py"], dir);
      assertEquals(r.code, 1);

      r = await upy(["disasm", name + ".mpy"], dir);
      assertEquals(r.code, 0);
      assert(r.out.includes("SETUP_FINALLY"), r.out);
      r = await upy(["cross", "--dump", "bad.py"], dir);
      assertEquals(r.code, 1);
      assert(r.err.includes("ValueError: incompatible .mpy file"), r.err);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test("native decorators need -march; with it they compile to machine code", () => {
  const src = "import micropython\n@micropython.native\ndef f():\n    return 1\n";
  let msg = "";
  try {
    crossCompile(src, { inputName: "n.py" });
  } catch (e) {
    msg = String((e as { args?: { items: unknown[] } }).args?.items[0]);
  }
  assertEquals(msg, "invalid arch");
  const { mpy, nativeFunctions } = crossCompile(src, { inputName: "n.py", arch: 5 });
  // No function left as bytecode; the header names the arch (armv7m, code 5).
  assertEquals(nativeFunctions, 0);
  assertEquals(Array.from(mpy.subarray(0, 4)), [0x4d, 6, (5 << 2) | 3, 31]);
});

Deno.test("-msmall-int-bits is recorded in the header", () => {
  const { mpy } = crossCompile("x = 1\n", { inputName: "a.py", smallIntBits: 63 });
  assertEquals(mpy[3], 63);
});
