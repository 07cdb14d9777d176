// The .mpy vectors made by the real mpy-cross with native, viper and asm_thumb functions
// (src/mpy/testdata/vectors/7[1-9]_*, 8[01]_*) run on the real firmware and print their .exp:
// this checks the board harness itself against known-good machine code. A board takes the
// vectors of its arch, or armv7m's when it is a bigger ARMv7-M core.
import { join } from "node:path";
import { type BoardCase, testOnBoards } from "./board_test_util.ts";
import type { BoardSpec } from "./boards.ts";

const DIR = join(import.meta.dirname!, "..", "..", "src", "mpy", "testdata", "vectors");

const names = [...Deno.readDirSync(DIR)]
  .map((e) => /^((?:7[1-9]|8[01])_\w+)\.exp$/.exec(e.name)?.[1])
  .filter((n): n is string => n !== undefined)
  .sort();

function plan(spec: BoardSpec) {
  const arch = spec.arch === "armv6m" ? "armv6m" : "armv7m";
  const cases: BoardCase[] = [];
  const skipped: { name: string; why: string }[] = [];
  for (const name of names) {
    const path = join(DIR, `${name}.${arch}.mpy`);
    let mpy: Uint8Array;
    try {
      mpy = Deno.readFileSync(path);
    } catch {
      skipped.push({ name, why: `no ${arch} vector` });
      continue;
    }
    const expect = Deno.readTextFileSync(join(DIR, `${name}.exp`));
    cases.push({ name, expect, run: (b) => b.runMpy(mpy, name) });
  }
  return { cases, skipped };
}

await testOnBoards("native .mpy vectors 71-81", plan);
