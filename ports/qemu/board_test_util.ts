// Shared by the board tests: one Deno test per board that boots it once and runs a list of
// programs in sequence, then fails with one line per wrong program. Boards that can't run here
// (no qemu, no firmware) are registered as ignored, with a one-line notice.
import { Board, type BoardOptions, type RunResult } from "./board.ts";
import { BOARDS, type BoardSpec, unavailableReason } from "./boards.ts";

export interface BoardCase {
  name: string;
  /** Expected stdout; stderr must be empty. */
  expect: string;
  run: (board: Board) => Promise<RunResult>;
}

/** What a board is given: cases to run, and cases left out with the reason (a compile error
 * for an instruction the board's arch lacks, say). */
export interface BoardPlan {
  cases: BoardCase[];
  skipped?: { name: string; why: string }[];
}

/** Register `${title} on <board>` for each board. */
export async function testOnBoards(
  title: string,
  plan: (spec: BoardSpec) => BoardPlan,
  opts: BoardOptions = {},
): Promise<void> {
  const reasons = await Promise.all(BOARDS.map((spec) => unavailableReason(spec)));
  for (const why of new Set(reasons.filter((r) => r !== null))) {
    const names = BOARDS.filter((_, i) => reasons[i] === why).map((b) => b.name).join(", ");
    console.log(`skipping ${title} on ${names}: ${why}`);
  }
  for (const [i, spec] of BOARDS.entries()) {
    const reason = reasons[i];
    Deno.test({
      name: `${title} on ${spec.name}`,
      ignore: reason !== null,
      fn: () => runPlan(spec, plan(spec), opts),
    });
  }
}

async function runPlan(spec: BoardSpec, plan: BoardPlan, opts: BoardOptions): Promise<void> {
  const board = await Board.boot(spec, opts);
  const failures: string[] = [];
  try {
    for (const c of plan.cases) {
      const why = verdict(await c.run(board), c.expect);
      if (why) failures.push(`${c.name}: ${why}`);
    }
  } finally {
    await board.close();
  }
  const skipped = plan.skipped ?? [];
  const passed = plan.cases.length - failures.length;
  console.log(
    `${spec.name}: ${passed}/${plan.cases.length} passed` +
      (skipped.length ? `, ${skipped.length} not for ${spec.arch}` : "") +
      (board.restarts ? `, ${board.restarts} reboots` : ""),
  );
  for (const s of skipped) console.log(`  not run: ${s.name}: ${s.why}`);
  if (failures.length) {
    const e = new Error(`${failures.length} wrong on ${spec.name}:\n  ${failures.join("\n  ")}`);
    e.stack = `Error: ${e.message}`; // the list says it all; a JS stack would only add noise
    throw e;
  }
}

/** Why a run's result is wrong (one line), or "" when it printed `expect`. */
export function verdict(r: RunResult, expect: string): string {
  if (r.status !== "ok") return `${r.status} (${r.note})`;
  if (r.stderr) return `raised ${lastLine(r.stderr)}`;
  if (r.stdout === expect) return "";
  const got = r.stdout.split("\n"), want = expect.split("\n");
  const i = got.findIndex((l, k) => l !== want[k]);
  const at = i < 0 ? got.length : i;
  return `line ${at + 1}: got ${JSON.stringify(got[at] ?? "<end>")}, ` +
    `expected ${JSON.stringify(want[at] ?? "<end>")}`;
}

export function lastLine(text: string): string {
  return text.trimEnd().split("\n").at(-1) ?? "";
}
