// The native and viper corpus (tests/native, tests/viper) compiled by `upy cross
// -march=armv7m|armv6m` and run on the real firmware: each board gets the .mpy of its arch
// (armv7m's on the bigger ARMv7-M cores) and must print the program's .exp. Programs whose viper
// code is compiled by exec() on the board (compile_error_*), and modules that fail to compile,
// are not run: their text is checked by scripts/viper_corpus_compile.ts.
import { join } from "node:path";
import { crossCompile } from "../unix/cross.ts";
import { ARCH_CODES } from "../../src/mpy/arch.ts";
import { type BoardCase, testOnBoards } from "./board_test_util.ts";
import type { BoardSpec } from "./boards.ts";

const TESTS = join(import.meta.dirname!, "..", "..", "tests");
/** "folder/stem" of every program. */
const names = ["native", "viper"].flatMap((dir) =>
  [...Deno.readDirSync(join(TESTS, dir))]
    .map((e) => /^(\w+)\.py$/.exec(e.name)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort()
    .map((n) => `${dir}/${n}`)
);

function plan(spec: BoardSpec) {
  const arch = spec.arch === "armv6m" ? "armv6m" : "armv7m";
  const cases: BoardCase[] = [];
  const skipped: { name: string; why: string }[] = [];
  for (const name of names) {
    if (name.startsWith("viper/compile_error_")) {
      skipped.push({ name, why: "compiled by exec() on the board" });
      continue;
    }
    const source = Deno.readTextFileSync(join(TESTS, `${name}.py`));
    const file = name.split("/")[1];
    let mpy: Uint8Array;
    try {
      mpy = crossCompile(source, { inputName: `${file}.py`, arch: ARCH_CODES.get(arch) }).mpy;
    } catch {
      skipped.push({ name, why: "module compile error" });
      continue;
    }
    const expect = Deno.readTextFileSync(join(TESTS, `${name}.exp`));
    cases.push({ name, expect, run: (b) => b.runMpy(mpy, file) });
  }
  return { cases, skipped };
}

await testOnBoards("native and viper corpus from upy cross", plan);
