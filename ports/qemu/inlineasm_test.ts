// Every asm_thumb program of the corpus (tests/inlineasm/*.py with a .exp), compiled by
// `upy cross -march=<board arch>` (in process), runs on the real firmware and prints its .exp.
// A program the board's arch can't assemble (Thumb-2 or VFP instructions on a smaller core) is
// left out, decided by the compile error; the fullest arch (armv7emdp) must compile them all.
import { basename, join } from "node:path";
import { ARCH_CODES } from "../../src/mpy/arch.ts";
import { formatException, toPyException } from "../../src/py/obj_exception.ts";
import { crossCompile } from "../unix/cross.ts";
import { type BoardCase, type BoardPlan, lastLine, testOnBoards } from "./board_test_util.ts";
import type { BoardSpec } from "./boards.ts";

const DIR = join(import.meta.dirname!, "..", "..", "tests", "inlineasm");

const programs = [...Deno.readDirSync(DIR)]
  .map((e) => e.name)
  .filter((n) => n.endsWith(".py") && !n.startsWith("_"))
  .map((n) => join(DIR, n))
  .filter((p) => exists(p.replace(/\.py$/, ".exp")))
  .sort();

/** Programs that assemble for an arch but can't run on its core, and why (the board's own
 * compiler makes the same code from the source: checked on the firmware). */
const CORE_LIMITS: Record<string, { arch: string; why: string }> = {
  data_words: {
    arch: "armv6m",
    why: "its data() word tables start 2 bytes past a word boundary: a Cortex-M0 faults on the " +
      "unaligned ldr",
  },
};

function exists(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}

function plan(spec: BoardSpec): BoardPlan {
  const cases: BoardCase[] = [];
  const skipped: { name: string; why: string }[] = [];
  for (const path of programs) {
    const name = basename(path, ".py");
    if (CORE_LIMITS[name]?.arch === spec.arch) {
      skipped.push({ name, why: CORE_LIMITS[name].why });
      continue;
    }
    const expect = Deno.readTextFileSync(path.replace(/\.py$/, ".exp"));
    let mpy: Uint8Array;
    try {
      mpy = crossCompile(Deno.readTextFileSync(path), {
        inputName: `${name}.py`,
        arch: ARCH_CODES.get(spec.arch),
      }).mpy;
    } catch (e) {
      const why = lastLine(formatException(toPyException(e)));
      if (spec.arch !== "armv7emdp") {
        skipped.push({ name, why });
        continue;
      }
      cases.push({ name, expect, run: () => Promise.reject(new Error(`compile error: ${why}`)) });
      continue;
    }
    cases.push({ name, expect, run: (b) => b.runMpy(mpy, name) });
  }
  return { cases, skipped };
}

await testOnBoards(`inlineasm corpus (${programs.length} programs)`, plan);
