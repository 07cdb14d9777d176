import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { createAssembler } from "./asm_thumb.ts";
import { AsmError, type Operand, type ThumbArch } from "./asm_types.ts";

const r = (n: number): Operand => ({ kind: "reg", n });
const i = (value: number): Operand => ({ kind: "imm", value });
const l = (name: string): Operand => ({ kind: "label", name });
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");

function asm(arch: ThumbArch, f: (a: ReturnType<typeof createAssembler>) => void): string {
  const a = createAssembler(arch);
  f(a);
  return hex(a.finish());
}
function fails(arch: ThumbArch, re: RegExp, f: (a: ReturnType<typeof createAssembler>) => void) {
  throws(() => asm(arch, f), (e: unknown) => e instanceof AsmError && re.test(e.message));
}

Deno.test("MicroPython names: add = adds (16-bit), mov imm = movs", () => {
  assertEquals(
    asm("armv7m", (a) => {
      a.op("add", [r(0), r(1), r(2)], 1);
      a.op("mov", [r(0), i(1)], 2);
    }),
    "88180120",
  );
});

Deno.test("relaxation: short while in range, long beyond, fixpoint", () => {
  const near = asm("armv7m", (a) => {
    a.label("top", 1);
    a.op("nop", [], 2);
    a.op("b", [l("top")], 3);
  });
  assertEquals(near, "00bffde7");
  const far = asm("armv7m", (a) => {
    a.op("beq", [l("end")], 1);
    a.data(2, new Array(200).fill(0));
    a.label("end", 2);
  });
  assertEquals(far.slice(0, 8), "00f0c880"); // beq.w over 400 bytes
  // chain: growing one branch pushes the next out of range
  const chain = asm("armv7m", (a) => {
    a.op("bne", [l("x")], 1);
    a.op("bne", [l("x")], 2);
    a.data(2, new Array(128).fill(0));
    a.label("x", 3);
  });
  assertEquals(chain.length / 2, 4 + 2 + 256);
  fails("armv6m", /branch not in range/, (a) => {
    a.op("beq", [l("end")], 1);
    a.data(2, new Array(200).fill(0));
    a.label("end", 2);
  });
});

Deno.test("align and data", () => {
  assertEquals(
    asm("armv6m", (a) => {
      a.op("nop", [], 1);
      a.align(4);
      a.data(4, [0x12345678]);
      a.data(1, [-1]);
    }),
    "00bf000078563412ff",
  );
});

Deno.test("error classes", () => {
  fails("armv6m", /integer 0x100 doesn't fit in mask 0xff/, (a) => a.op("cmp", [r(0), i(256)], 1));
  fails("armv6m", /expects at most r7/, (a) => a.op("add", [r(8), r(1), r(2)], 1));
  fails(
    "armv6m",
    /not on armv6m|available on armv6m|armv6m/,
    (a) => a.op("sdiv", [r(0), r(1), r(2)], 1),
  );
  fails("armv6m", /armv6m/, (a) => a.op("ite", [l("eq")], 1));
  fails(
    "armv7m",
    /available on armv7m/,
    (a) =>
      a.op("vadd", [{ kind: "sreg", n: 0 }, { kind: "sreg", n: 1 }, { kind: "sreg", n: 2 }], 1),
  );
  fails(
    "armv7emsp",
    /available on armv7emsp/,
    (a) =>
      a.op("vadd", [{ kind: "dreg", n: 0 }, { kind: "dreg", n: 1 }, { kind: "dreg", n: 2 }], 1),
  );
  fails("armv7m", /unsupported Thumb instruction 'frob'/, (a) => a.op("frob", [], 1));
  fails("armv7m", /label 'nowhere' not defined/, (a) => a.op("b", [l("nowhere")], 1));
  fails("armv7m", /multiply defined/, (a) => {
    a.label("x", 1);
    a.label("x", 2);
  });
  fails(
    "armv7m",
    /can't be encoded as a Thumb-2 constant/,
    (a) => a.op("adds", [r(8), r(8), i(0x12345)], 1),
  );
});

Deno.test("IT blocks: narrow forms without flags inside", () => {
  assertEquals(
    asm("armv7m", (a) => {
      a.op("ite", [l("eq")], 1);
      a.op("mov", [r(0), i(1)], 2);
      a.op("mov", [r(0), i(2)], 3);
    }),
    "0cbf01200220",
  );
});
