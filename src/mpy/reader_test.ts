import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import { readMpy } from "./reader.ts";
import { writeMpy } from "./writer.ts";
import { PyBaseException } from "../py/obj_exception.ts";

const VECTORS = new URL("./testdata/vectors/", import.meta.url);

function vectorFiles(): string[] {
  try {
    return [...Deno.readDirSync(VECTORS)].map((e) => e.name).filter((n) =>
      /^\d+_[a-z0-9_]+\.mpy$/.test(n)
    ).sort();
  } catch {
    return [];
  }
}

Deno.test("bytecode vectors read and write back byte for byte", () => {
  let n = 0;
  for (const name of vectorFiles()) {
    const bytes = Deno.readFileSync(new URL(name, VECTORS));
    assertEquals(writeMpy(readMpy(bytes)), bytes, name);
    n++;
  }
  assertEquals(n > 40 || vectorFiles().length === 0, true, `only ${n} vectors checked`);
});

Deno.test("malformed .mpy gives ValueError, never a JS error", () => {
  const valid = Deno.readFileSync(new URL(vectorFiles()[0] ?? "x", VECTORS));
  let seed = 1;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < 3000; i++) {
    const b = valid.slice(0, Math.floor(rnd() * valid.length));
    if (b.length > 4 && rnd() < 0.5) b[4 + Math.floor(rnd() * (b.length - 4))] = rnd() * 256;
    try {
      readMpy(b);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      assertEquals(e.type.name, "ValueError");
    }
  }
  assertThrows(() => readMpy(new Uint8Array([0x4d, 5, 0, 31])), PyBaseException);
});
