// The control-flow fuzz programs (src/py/flow_fuzz_gen.ts: loops, try/except/finally, with,
// break, continue, return, raise, generators driven by send/throw) run interpreted, with every
// function compiled, and in the default mode, parking compiled activations at every safe point:
// all must print the same. This is what found an exception handled twice after on-stack
// replacement and a finally block losing its pending return when parked.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { flowCases, flowProgram } from "../py/flow_fuzz_gen.ts";
import { compare } from "./jit_fuzz_run.ts";

const SEED = Number(Deno.env.get("JIT_FLOW_SEED") ?? 4);

Deno.test("control-flow programs print the same compiled and interpreted", async () => {
  const cases = flowCases(SEED, 600);
  const differing: string[] = [];
  let compiled = 0;
  for (let i = 0; i < cases.length; i += 150) {
    const program = flowProgram(cases.slice(i, i + 150));
    for (const park of [false, true]) {
      const d = await compare(program, true, park);
      compiled += d.eager.compiled.length;
      if (d.same) continue;
      const a = d.off.text.split("\n");
      const b = (d.eager.text === d.off.text ? d.on! : d.eager).text.split("\n");
      const k = a.findIndex((l, j) => l !== b[j]);
      differing.push(`cases ${i}-${i + 149}, line ${k}:\n  off: ${a[k]}\n  jit: ${b[k]}`);
    }
  }
  assertEquals(differing, []);
  ok(compiled >= 500, `only ${compiled} functions compiled`);
});
