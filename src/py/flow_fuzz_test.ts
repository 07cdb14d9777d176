// Differential fuzz of control flow: generated functions and generators (flow_fuzz_gen.ts)
// mixing loops, try/finally, try/except, with, break, continue, return, raise and yield (driven
// by next/send/throw) run in upy and in the reference MicroPython 1.27 (WebAssembly build);
// the logged path of every case must be the same line. FLOW_SEED and FLOW_CASES pick another
// seed and size.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { compareWithReference } from "../extmod/differential_test_support.ts";
import { type FlowCase, flowCases, flowProgram } from "./flow_fuzz_gen.ts";

const SEED = Number(Deno.env.get("FLOW_SEED") ?? 0xf10);
const CASES = Number(Deno.env.get("FLOW_CASES") ?? 600);

/** How a case ended, read from the end of its log line. */
function kindOf(line: string): string {
  if (/\('stop', /.test(line)) return "stop";
  if (/\('out', '\w+'/.test(line)) return "raised";
  if (/\('ret', /.test(line)) return "returned";
  return "other";
}

Deno.test("generated control flow takes the reference's path", async () => {
  const cases = flowCases(SEED, CASES);
  const { mismatches, kinds } = await compareWithReference<FlowCase>({
    cases,
    batch: 150,
    program: flowProgram,
    file: "flow_fuzz.py",
    kindOf,
    show: (c) => c.source,
  });
  // the generator must reach every way out, or the comparison proves little
  for (const kind of ["stop", "raised", "returned"]) {
    ok((kinds.get(kind) ?? 0) >= CASES / 20, `too few "${kind}": ${JSON.stringify([...kinds])}`);
  }
  assertEquals(mismatches.slice(0, 3), []);
});

Deno.test("the generator is deterministic and covers every construct", () => {
  const a = flowCases(7, 200).map((c) => c.source).join("\n");
  assertEquals(flowCases(7, 200).map((c) => c.source).join("\n"), a);
  for (
    const construct of ["break", "continue", "return", "yield", "finally:", "except E", "with "]
  ) {
    ok(a.includes(construct), construct);
  }
  ok(a.includes("else:\n"), "loop or try else");
});
