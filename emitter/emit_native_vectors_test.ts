// @micropython.native and @micropython.viper against mpy-cross 1.27: each vector 71-78 compiled
// with -march=armv7m and armv6m, compared with mpy-cross's .mpy raw code by raw code (depth-first
// order). The console shows which native/viper functions are byte-identical; all of them are,
// and so is every whole file.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { crossCompile } from "../ports/unix/cross.ts";
import { ARCH_CODES } from "../src/mpy/arch.ts";
import { readMpy } from "../src/mpy/reader.ts";
import type { RawCode } from "../src/py/raw_code.ts";

const DIR = new URL("../src/mpy/testdata/vectors/", import.meta.url);
const VECTORS = [
  "71_native_arith",
  "72_native_containers",
  "73_native_exceptions",
  "74_native_gen_closure",
  "75_native_class",
  "76_viper_int",
  "77_viper_ptr",
  "78_viper_mixed",
];
const ARCHS = ["armv7m", "armv6m"] as const;

/** Raw codes in .mpy order, named by position (the prelude names are not decoded here). */
function flatten(rc: RawCode, path = "0", out: [string, RawCode][] = []): [string, RawCode][] {
  out.push([path, rc]);
  rc.children.forEach((c, i) => flatten(c, `${path}.${i}`, out));
  return out;
}

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");

/** Compares one vector; returns the paths of native raw codes that are identical / differ. */
function compareVector(name: string, arch: typeof ARCHS[number]) {
  const source = Deno.readTextFileSync(new URL(`${name}.py`, DIR));
  const expected = readMpy(Deno.readFileSync(new URL(`${name}.${arch}.mpy`, DIR)), {
    native: true,
  });
  const { mpy } = crossCompile(source, {
    inputName: `${name}.py`,
    arch: ARCH_CODES.get(arch),
  });
  const got = readMpy(mpy, { native: true });
  const exp = flatten(expected.rawCode), ours = flatten(got.rawCode);
  assertEquals(ours.length, exp.length);
  const same: string[] = [], differ: string[] = [];
  exp.forEach(([path, rc], i) => {
    const mine = ours[i]?.[1];
    if (rc.kind !== 3 && rc.kind !== 4) return; // NATIVE_PY, NATIVE_VIPER
    const ok = mine !== undefined && mine.kind === rc.kind && hex(mine.data) === hex(rc.data) &&
      mine.preludeOffset === rc.preludeOffset;
    (ok ? same : differ).push(path);
  });
  const file = Deno.readFileSync(new URL(`${name}.${arch}.mpy`, DIR));
  return { same, differ, tablesEqual: hex(mpy) === hex(file) };
}

for (const name of VECTORS) {
  for (const arch of ARCHS) {
    Deno.test(`native vector ${name} ${arch}`, () => {
      const { same, differ, tablesEqual } = compareVector(name, arch);
      console.log(
        `${name}.${arch}: identical [${same.join(" ")}] differ [${differ.join(" ")}]` +
          (tablesEqual ? " (whole file identical)" : ""),
      );
      assertEquals(differ, []);
      assertEquals(tablesEqual, true);
    });
  }
}
