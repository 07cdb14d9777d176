import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { createEmitterFactory } from "./emit_factory.ts";
import { compileSource } from "./compile.ts";
import { RawCodeKind } from "./raw_code.ts";
import { createAssembler } from "../../emitter/asm_thumb.ts";
import "../../emitter/machine_backends.ts";

Deno.test("emitter factory: what each emit kind compiles with in this build", () => {
  const f = createEmitterFactory("t.py");
  assertEquals(f.qstrs, ["t.py"]);
  // No native emitter yet: native compiles as bytecode, viper is refused (as before).
  assertEquals(f.unsupported("native"), undefined);
  assertEquals(f.unsupported("viper"), "viper not supported yet");
  assertEquals(f.unsupported("asm_thumb"), "asm_thumb not supported yet");
  assertEquals(f.inlineAsm("asm_thumb"), undefined);
  const withAsm = createEmitterFactory("t.py", {
    inlineAsm: { arch: "armv7m", create: createAssembler },
  });
  assertEquals(withAsm.unsupported("asm_thumb"), undefined);
  assertEquals(withAsm.unsupported("asm_xtensa"), "asm_xtensa not supported yet");
});

Deno.test("emit kind is chosen per scope and inherited by nested scopes", () => {
  const src = [
    "@micropython.asm_thumb",
    "def a(r0):",
    "    add(r0, r0, 1)",
    "@micropython.native",
    "def n():",
    "    return lambda: [x for x in ()]",
    "def b():",
    "    pass",
    "",
  ].join("\n");
  const cm = compileSource(src, "t.py", { inlineAsm: { arch: "armv7m", create: createAssembler } });
  const kinds = cm.rawCode.children.map((r) => r.kind);
  assertEquals(kinds, [RawCodeKind.NATIVE_ASM, RawCodeKind.BYTECODE, RawCodeKind.BYTECODE]);
  // The module default reaches every undecorated scope; native still means bytecode for now.
  const plain = compileSource("def f():\n    return 1\n", "t.py");
  const native = compileSource("def f():\n    return 1\n", "t.py", { emit: "native" });
  assertEquals(native, plain);
});

Deno.test("a nested scope starts with its parent's emit kind", async () => {
  const { Scope } = await import("./scope.ts");
  const mod = new Scope("module", "<module>", undefined);
  const f = new Scope("function", "f", mod);
  f.emitKind = "native";
  assertEquals(new Scope("lambda", "<lambda>", f).emitKind, "native");
  assertEquals(new Scope("function", "g", mod).emitKind, "bytecode");
});
