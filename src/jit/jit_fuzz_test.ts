// Differential fuzz of the JavaScript tier: 10,000 generated functions (jit_fuzz_gen.ts) run
// interpreted, with every function compiled at its first call (-X jit=eager), and in the
// default mode (hot functions compiled, loops entered by on-stack replacement) must print the
// same, tracebacks included. JIT_FUZZ_SEED and JIT_FUZZ_COUNT pick another seed and size;
// scripts/jit_fuzz.ts runs many seeds and prints a failing program.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { compare, programs } from "./jit_fuzz_run.ts";
import { JitGen, jitProgram } from "./jit_fuzz_gen.ts";

const SEED = Number(Deno.env.get("JIT_FUZZ_SEED") ?? 0x11f);
const COUNT = Number(Deno.env.get("JIT_FUZZ_COUNT") ?? 10_000);
const BATCH = 50;

Deno.test("compiled functions print what interpreted ones print", async () => {
  let compiled = 0;
  let returned = 0;
  let raised = 0;
  let tracebacks = 0;
  let hot = 0;
  const failures: string[] = [];
  for (const program of programs(SEED, COUNT, BATCH)) {
    const d = await compare(program, true);
    if (!d.same && failures.length < 3) {
      const on = d.on === undefined ? "" : `\n--- default mode:\n${d.on.text}`;
      failures.push(`${program}\n--- off:\n${d.off.text}\n--- eager:\n${d.eager.text}${on}`);
    }
    hot += d.on?.compiled.length ?? 0;
    const names = new Set(d.eager.compiled);
    compiled += [...program.matchAll(/^(?: {4})?def (f\d+)\(/gm)].filter((m) => names.has(m[1]))
      .length;
    for (const line of d.off.text.split("\n")) {
      if (/^f\d+ \w+(Error|Exception) \(/.test(line)) raised++;
      else if (/^f\d+ /.test(line)) returned++;
    }
    if (d.off.text.includes("Traceback (most recent call last):")) tracebacks++;
  }
  console.log(
    `eager: ${compiled} of ${COUNT} functions compiled; ${returned} returned, ${raised} raised;` +
      ` default mode: ${hot} code objects compiled`,
  );
  assertEquals(failures, []);
  // the comparison proves little unless most functions ran compiled and reached every outcome
  ok(compiled >= COUNT * 0.7, `only ${compiled} functions compiled`);
  ok(returned >= COUNT * 0.3 && raised >= COUNT * 0.2, `${returned} returned, ${raised} raised`);
  ok(tracebacks >= COUNT / BATCH / 8, `${tracebacks} uncaught tracebacks`);
  ok(hot >= COUNT / BATCH, `default mode compiled only ${hot} code objects`);
});

Deno.test("the generator is deterministic and writes every construct", () => {
  const text = (seed: number) => jitProgram(new JitGen(seed), 0, 200, true);
  const a = text(7);
  assertEquals(text(7), a);
  ok(text(8) !== a);
  for (
    const construct of [
      "nonlocal ",
      "global ",
      "lambda q",
      " for q",
      "*args",
      "**kw",
      "break",
      "continue",
      "while ",
      ".items():",
      "range(",
      ", *v",
      "<< ",
      "//",
      "try:",
      "class C",
      "(n - 1, ",
      "del ",
      "print(*",
      "sum(q * 2 for q in",
      "It(",
      "Gen(",
      "V(",
      "W(",
      "LL(",
      "    print(\n",
    ]
  ) {
    ok(a.includes(construct), construct);
  }
});
