// Differential fuzzing of a module against the reference MicroPython 1.27 (WebAssembly): each
// batch of generated cases runs as one program in both, which prints one line per case.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { loadMicroPython } from "micropython-oracle";
import { runSource } from "../../mod.ts";

/** The first `n` lines the reference prints for `program`. */
export async function oracleLines(program: string, n: number): Promise<string[]> {
  let out = "";
  const mp = await loadMicroPython({ stdout: (s: string) => out += s + "\n" });
  mp.runPython(program);
  return out.split("\n").slice(0, n);
}

/** The first `n` lines upy prints for `program` (run as `file`), which must not fail. */
export async function upyLines(program: string, file: string, n: number): Promise<string[]> {
  let out = "";
  const r = await runSource(program, { file, stdout: (s) => out += s });
  assertEquals(r.exitCode, 0, out.slice(-500));
  return out.split("\n").slice(0, n);
}

export interface Differential<C> {
  cases: C[];
  /** Cases per program. */
  batch: number;
  /** The program printing one line per case. */
  program(cases: C[]): string;
  /** upy's file name for the program. */
  file: string;
  /** The kind of outcome a reference line shows ("result", "ValueError", ...). */
  kindOf(reference: string): string;
  /** A case as a mismatch report shows it. */
  show(c: C): string;
  /** The reference's lines, when a batch needs more care than oracleLines gives. */
  oracle?(cases: C[]): Promise<string[]>;
}

/** Runs every batch in both; returns the mismatches, described, and the count of each kind. */
export async function compareWithReference<C>(
  d: Differential<C>,
): Promise<{ mismatches: string[]; kinds: Map<string, number> }> {
  const mismatches: string[] = [];
  const kinds = new Map<string, number>();
  for (let i = 0; i < d.cases.length; i += d.batch) {
    const batch = d.cases.slice(i, i + d.batch);
    const want = d.oracle
      ? await d.oracle(batch)
      : await oracleLines(d.program(batch), batch.length);
    const got = await upyLines(d.program(batch), d.file, batch.length);
    batch.forEach((c, k) => {
      const kind = d.kindOf(want[k]);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      if (want[k] !== got[k]) {
        mismatches.push(`${d.show(c)}\n  reference: ${want[k]}\n  upy:       ${got[k]}`);
      }
    });
  }
  return { mismatches, kinds };
}

/** The generator must reach every kind of outcome at least `min` times, or the comparison
 * proves little. */
export function assertKindsReached(kinds: Map<string, number>, need: [string, number][]): void {
  for (const [kind, min] of need) {
    ok((kinds.get(kind) ?? 0) >= min, `too few "${kind}" cases: ${JSON.stringify([...kinds])}`);
  }
}
