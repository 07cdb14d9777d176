import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { ByteSink } from "./emit_bc_encode.ts";
import { writeLineSteps, writeSignature, writeSizeHeader } from "./emit_bc_prelude.ts";
import { BytecodeEmitter } from "./emit_bc.ts";
import { ModuleTables } from "./emit_bc_tables.ts";
import { type EmitScope, Pass } from "./emit.ts";

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(" ");

function sink(fill: (s: ByteSink) => void): string {
  const s = new ByteSink(4);
  fill(s);
  return hex(s.result());
}

Deno.test("prelude signature encodings from the vectors", () => {
  assertEquals(sink((s) => writeSignature(s, 5, 0, 0, 2, 0, 0)), "22");
  assertEquals(sink((s) => writeSignature(s, 4, 0, 0, 2, 0, 1)), "9a 01");
  assertEquals(sink((s) => writeSignature(s, 6, 1, 0, 0, 0, 0)), "2c");
  assertEquals(sink((s) => writeSignature(s, 4, 0, 1, 1, 0, 0)), "99 40");
});

Deno.test("prelude size header and line steps", () => {
  assertEquals(sink((s) => writeSizeHeader(s, 7, 1)), "0f");
  assertEquals(sink((s) => writeSizeHeader(s, 7, 2)), "8e 01");
  assertEquals(
    sink((s) => {
      writeLineSteps(s, 0, 4);
      writeLineSteps(s, 0, 1);
      writeLineSteps(s, 6, 1);
    }),
    "60 20 20 26",
  );
  assertEquals(sink((s) => writeLineSteps(s, 0, 10)), "80 0a");
  assertEquals(sink((s) => writeLineSteps(s, 40, 1)), "1f 29");
});

function scope(): EmitScope {
  return {
    simpleName: "f",
    argNames: [],
    scopeFlags: 0,
    nPosArgs: 0,
    nKwonlyArgs: 0,
    nDefPosArgs: 0,
    numLocals: 0,
    cellLocals: [],
    excStackSize: 0,
    stackSize: 0,
  };
}

/** Run all passes over `body` the way the compiler will, returning the function data. */
function compile(body: (e: BytecodeEmitter) => void): Uint8Array {
  const e = new BytecodeEmitter(new ModuleTables("t.py"));
  const sc = scope();
  for (const pass of [Pass.SCOPE, Pass.STACK_SIZE, Pass.CODE_SIZE, Pass.EMIT] as const) {
    e.startPass(pass, sc);
    body(e);
    e.endPass();
  }
  for (;;) {
    e.startPass(Pass.EMIT, sc);
    body(e);
    if (!e.endPass()) break;
  }
  return e.finish().data;
}

/** Code part of a function whose prelude is 3 bytes (signature, size, name). */
const codeOf = (data: Uint8Array) => hex(data.subarray(3));

Deno.test("forward jump of exactly 63 keeps the 2-byte form", () => {
  const data = compile((e) => {
    e.loadConstTok("true");
    e.popJumpIf(false, 0);
    for (let i = 0; i < 63; i++) e.rotTwo();
    e.labelAssign(0);
    e.loadConstTok("none");
    e.returnValue();
  });
  assertEquals(codeOf(data).slice(0, 11), "52 44 bf 80");
});

Deno.test("forward jump of 62 uses the 1-byte form", () => {
  const data = compile((e) => {
    e.loadConstTok("true");
    e.popJumpIf(false, 0);
    for (let i = 0; i < 62; i++) e.rotTwo();
    e.labelAssign(0);
    e.loadConstTok("none");
    e.returnValue();
  });
  assertEquals(codeOf(data).slice(0, 8), "52 44 7e");
});

Deno.test("backward jumps: -63 is 1 byte, -65 becomes 2 bytes with -66", () => {
  const back = (n: number) =>
    compile((e) => {
      e.labelAssign(0);
      for (let i = 0; i < n; i++) e.rotTwo();
      e.loadConstTok("true");
      e.popJumpIf(true, 0);
      e.loadConstTok("none");
      e.returnValue();
    });
  // n rot_twos + LOAD_CONST_TRUE + 2-byte jump: d = -(n + 1) - 2.
  assertEquals(codeOf(back(60)).slice(-11), "43 01 51 63");
  assertEquals(codeOf(back(62)).slice(-14), "43 be 7f 51 63");
});

Deno.test("dead code after return is suppressed but still counts children and stack", () => {
  const child = {};
  const e = new BytecodeEmitter(new ModuleTables("t.py"));
  const sc = scope();
  for (const pass of [Pass.SCOPE, Pass.STACK_SIZE, Pass.CODE_SIZE, Pass.EMIT] as const) {
    e.startPass(pass, sc);
    e.loadConstTok("none");
    e.returnValue();
    e.makeFunction(child, 0, 0);
    e.loadConstSmallInt(1000);
    e.build(2, "tuple");
    e.popTop();
    e.endPass();
  }
  const r = e.finish();
  assertEquals(r.children, [child]);
  assertEquals(sc.stackSize, 2);
  // n_state 2, n_info 1, name = qstr 1 ("f"; 0 is the file name).
  assertEquals(hex(r.data), "08 02 01 51 63");
});

Deno.test("small ints, locals and calls use the expected forms", () => {
  const data = compile((e) => {
    e.loadConstSmallInt(-16);
    e.loadConstSmallInt(47);
    e.loadConstSmallInt(48);
    e.loadConstSmallInt(-123);
    e.build(4, "list");
    e.storeLocal("x", 16, "fast");
    e.loadLocal("x", 15, "fast");
    e.loadLocal("y", 2, "deref");
    e.binaryOp(50);
    e.callFunction(0, 0, 0);
    e.returnValue();
  });
  assertEquals(codeOf(data), "70 af 22 30 22 ff 05 2b 04 26 10 bf 25 02 dd d3 34 00 63");
});
