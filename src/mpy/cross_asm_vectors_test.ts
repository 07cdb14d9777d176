// `upy cross -march=armv7m|armv6m` against real mpy-cross 1.27 on the asm_thumb vectors (79-81):
// byte for byte the .armv7m.mpy / .armv6m.mpy files, and the inline assembler's error texts.
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { crossCompile } from "../../ports/unix/cross.ts";
import { compileSource } from "../py/compile.ts";
import { createAssembler } from "../../emitter/asm_thumb.ts";
import { writeMpy } from "./writer.ts";
import { readMpy } from "./reader.ts";
import { ARCH_CODES } from "./arch.ts";
import type { ThumbArch } from "../../emitter/asm_types.ts";
import type { PyBaseException } from "../py/obj_exception.ts";
import "../../emitter/machine_backends.ts";

const VECTORS = new URL("./testdata/vectors/", import.meta.url);

function listVectors(re: RegExp): string[] {
  try {
    return [...Deno.readDirSync(VECTORS)].map((e) => e.name).filter((n) => re.test(n)).sort();
  } catch {
    return [];
  }
}

const ASM = listVectors(/^\d\d_asm_thumb_[a-z0-9_]+\.armv[67]m\.mpy$/);

function hexdiff(a: Uint8Array, b: Uint8Array): string {
  const i = a.findIndex((x, k) => x !== b[k]);
  return `first difference at ${
    i < 0 ? Math.min(a.length, b.length) : i
  } (len ${a.length} vs ${b.length})`;
}

Deno.test("upy cross reproduces the asm_thumb vectors byte for byte", () => {
  assert(ASM.length >= 5 || ASM.length === 0);
  const differ: string[] = [];
  for (const name of ASM) {
    const [, base, march] = /^(.*)\.(armv[67]m)\.mpy$/.exec(name)!;
    const source = Deno.readTextFileSync(new URL(`${base}.py`, VECTORS));
    const expected = Deno.readFileSync(new URL(name, VECTORS));
    const { mpy } = crossCompile(source, { inputName: `${base}.py`, arch: ARCH_CODES.get(march) });
    if (mpy.length !== expected.length || mpy.some((b, i) => b !== expected[i])) {
      differ.push(`${name}: ${hexdiff(mpy, expected)}`);
    }
  }
  console.log(`byte-identical: ${ASM.length - differ.length}/${ASM.length}`);
  assertEquals(differ, []);
});

/** Compile through the front end and the assembler (no .mpy-level checks of cross.ts). */
function asmCompile(source: string, arch: ThumbArch = "armv7m"): Uint8Array {
  const cm = compileSource(source, "t.py", {
    inlineAsm: { arch, create: createAssembler },
    arch: ARCH_CODES.get(arch),
  });
  return writeMpy(cm);
}

function errorOf(source: string, arch: ThumbArch = "armv7m"): string {
  try {
    asmCompile(source, arch);
  } catch (e) {
    const x = e as PyBaseException;
    return `${x.args?.items?.[0] ?? (e as Error).message} @${x.traceback?.[0]?.line}`;
  }
  return "no error";
}

const fn = (body: string, params = "r0", ann = "") =>
  `import micropython\n@micropython.asm_thumb\ndef f(${params})${ann}:\n${
    body.split("\n").map((l) => "    " + l).join("\n")
  }\n`;

Deno.test("inline assembler error messages are MicroPython's", () => {
  const cases: [string, string][] = [
    [
      fn("mov(r0, 1)", "r0, r1, r2, r3, r4"),
      "can only have up to 4 parameters to Thumb assembly @3",
    ],
    [fn("mov(r0, 1)", "r1"), "parameters must be registers in sequence r0 to r3 @3"],
    [fn("mov(r0, foo)"), "'mov' expects a register @4"],
    [fn("mov(r8, 1)"), "'mov' expects at most r7 @4"],
    [fn("mov(r0, 256)"), "'mov' integer 0x100 doesn't fit in mask 0xff @4"],
    [fn("add(r0, r1, 8)"), "'add' integer 0x8 doesn't fit in mask 0x7 @4"],
    [fn("ldr(r0, r1)"), "unsupported Thumb instruction 'ldr' with 2 arguments @4"],
    [fn("ldr(r0, [r1, 3])"), "'ldr' integer 0x3 doesn't fit in mask 0x7c @4"],
    [fn("foo(r0)"), "unsupported Thumb instruction 'foo' with 1 arguments @4"],
    [fn("b(nowhere)"), "label 'nowhere' not defined @4"],
    [fn("label(a)\nlabel(a)"), "label redefined @5"],
    [fn("x = 1"), "expecting an assembler instruction @4"],
    [fn("label(1)"), "'label' requires 1 argument @4"],
    [fn("align()"), "'align' requires 1 argument @4"],
    [fn("data(2)"), "'data' requires at least 2 arguments @4"],
    [fn("data(2, r0)"), "'data' requires integer arguments @4"],
    [fn("mov(r0, 1)", "r0", " -> float"), "unknown type @3"],
    [fn("push({1})"), "'push' expects a register @4"],
    [fn("push(r0)"), "'push' expects {r0, r1, ...} @4"],
    [fn("movw(r0, 1)"), "no error"],
    [fn("mov(r0, 1)\nb(x)\nmov(r8, 1)"), "'mov' expects at most r7 @6"],
  ];
  for (const [src, want] of cases) assertEquals(errorOf(src), want, src);
  assertEquals(
    errorOf(fn("movw(r0, 1)"), "armv6m"),
    "unsupported Thumb instruction 'movw' with 2 arguments @4",
  );
  assertEquals(
    errorOf(fn("push({r8})"), "armv6m"),
    "unsupported Thumb instruction 'push' with 1 arguments @4",
  );
});

Deno.test("asm raw code fields: n_pos_args, type_sig from the return annotation", () => {
  for (
    const [ann, sig] of [["", 2], [" -> uint", 3], [" -> bool", 1], [" -> object", 0], [
      " -> int",
      2,
    ]]
  ) {
    const cm = compileSource(fn("add(r0, r0, r1)", "r0, r1", ann as string), "t.py", {
      inlineAsm: { arch: "armv7m", create: createAssembler },
      arch: 5,
    });
    const rc = cm.rawCode.children[0];
    assertEquals([rc.kind, rc.nPosArgs, rc.typeSig, rc.scopeFlags, cm.arch], [5, 2, sig, 0, 5]);
    assertEquals([...rc.data], [0xf2, 0xb5, 0x40, 0x18, 0xf2, 0xbd]);
  }
});

Deno.test({
  name: "real mpy-cross asm_thumb .mpy files run in the emulator with the recorded output",
  async fn() {
    const dir = Deno.makeTempDirSync();
    try {
      for (const name of ASM) {
        const [, base] = /^(.*)\.(armv[67]m)\.mpy$/.exec(name)!;
        const mod = "m" + base;
        Deno.copyFileSync(new URL(name, VECTORS), `${dir}/${mod}.mpy`);
        Deno.writeTextFileSync(`${dir}/run.py`, `import ${mod}\n`);
        const r = await new Deno.Command(new URL("../../bin/upy", import.meta.url).pathname, {
          args: ["run.py"],
          cwd: dir,
          stdout: "piped",
          stderr: "piped",
        }).output();
        const out = new TextDecoder().decode(r.stdout) + new TextDecoder().decode(r.stderr);
        assertEquals(out, Deno.readTextFileSync(new URL(`${base}.exp`, VECTORS)), name);
        Deno.removeSync(`${dir}/${mod}.mpy`);
      }
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test("the reader's thumbAsm mode takes asm-only Thumb files and nothing else native", () => {
  const src = "import micropython\n@micropython.asm_thumb\ndef f(r0):\n    add(r0, 1)\n";
  const { mpy } = crossCompile(src, { inputName: "a.py", arch: 5 });
  const cm = readMpy(mpy, { thumbAsm: true });
  assertEquals([cm.arch, cm.rawCode.children[0].kind, cm.rawCode.children[0].nPosArgs], [5, 5, 1]);
  let msg = "";
  try {
    readMpy(mpy);
  } catch (e) {
    msg = String((e as PyBaseException).args.items[0]);
  }
  assertEquals(msg, "native code in .mpy unsupported");
});

Deno.test("b and bCC are narrow only, as MicroPython's inline assembler", () => {
  const far = (br: string) => fn(`${br}(end)\n` + "mov(r0, 1)\n".repeat(1100) + "label(end)");
  for (const br of ["b", "bne"]) {
    let msg = "";
    try {
      crossCompile(far(br), { inputName: "t.py", arch: 5 });
    } catch (e) {
      msg = `${(e as PyBaseException).args.items[0]} @${(e as PyBaseException).traceback[0].line}`;
    }
    assertEquals(msg, "branch not in range @4");
  }
  // bne_w reaches; on armv6m it does not exist.
  crossCompile(far("bne_w"), { inputName: "t.py", arch: 5 });
  let msg = "";
  try {
    crossCompile(fn("bne_w(x)\nlabel(x)"), { inputName: "t.py", arch: 4 });
  } catch (e) {
    msg = String((e as PyBaseException).args.items[0]);
  }
  assertEquals(msg, "unsupported Thumb instruction 'bne_w' with 1 arguments");
});

Deno.test("encodings follow emitinlinethumb.c where unified syntax would differ", () => {
  const code = (body: string, arch: ThumbArch = "armv7m") => {
    const cm = compileSource(fn(body), "t.py", { inlineAsm: { arch, create: createAssembler } });
    return [...cm.rawCode.children[0].data.subarray(2, -2)].map((b) => b.toString(16)).join(" ");
  };
  // Deliberately not emitinlinethumb.c's STMDB/LDMIA for lr/pc or one high register (with one
  // register UNPREDICTABLE: a Cortex-M3 faults); GNU as's forms instead.
  assertEquals(code("push({r4, lr})\npop({r4, pc})"), "10 b5 10 bd");
  assertEquals(code("push({r8})\npop({r8})"), "4d f8 4 8d 5d f8 4 8b");
  assertEquals(code("push({r4, r8})\npop({r4, r8})"), "2d e9 10 1 bd e8 10 1");
  assertEquals(code("push({r4, r5})"), "30 b4");
  assertEquals(code("add(r0, r0, 1)\nsub(r2, r2, 7)\nadd(r0, 1)"), "40 1c d2 1f 1 30");
  assertEquals(code("vcmp(s1, s2)", "armv7emsp"), "f4 ee c1 a");
  assertEquals(code("beq_n(x)\nbeq_w(x)\nlabel(x)"), "1 d0 0 f0 0 80");
});
