// The JIT's differential fuzz (src/jit/jit_fuzz_test.ts) over more seeds, or one program of it:
//
//   bin/deno run -A scripts/jit_fuzz.ts 1 20            seeds 1..20, 10,000 functions each
//   bin/deno run -A scripts/jit_fuzz.ts 5 --count 2000 --park --no-on
//   bin/deno run -A scripts/jit_fuzz.ts 5 --show 3      print seed 5's program #3
//
// Modes compared with the interpreter: eager (every function compiled at its first call) and,
// unless --no-on, the default hot-function mode (loops enter compiled code while they run);
// --park makes every safe point a time-slice yield, so compiled activations keep deoptimising.
// A program whose outputs differ is written to /tmp/jit_fuzz_<seed>_<n>.py, with the first
// differing line of each mode.
import { compare, programs, type RunOutput } from "../src/jit/jit_fuzz_run.ts";

const args = [...Deno.args];
function option(name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  args.splice(i, 2);
  return v;
}
function flag(name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}
const count = option("--count", 10_000);
const batch = option("--batch", 50);
const show = option("--show", -1);
const park = flag("--park");
const on = !flag("--no-on");
const first = Number(args[0] ?? 1);
const last = Number(args[1] ?? first);

function firstDiff(a: string, b: string): string {
  const x = a.split("\n"), y = b.split("\n");
  const i = x.findIndex((l, k) => l !== y[k]);
  const at = i < 0 ? x.length : i;
  return `line ${at + 1}:\n  interpreted: ${x[at]}\n  compiled:    ${y[at]}`;
}

if (show >= 0) {
  let n = 0;
  for (const p of programs(first, count, batch)) {
    if (n++ === show) {
      console.log(p);
      break;
    }
  }
} else {
  let failed = 0;
  for (let seed = first; seed <= last; seed++) {
    const t0 = Date.now();
    let n = 0, bad = 0, compiled = 0;
    for (const p of programs(seed, count, batch)) {
      const d = await compare(p, on, park);
      compiled += d.eager.compiled.length;
      if (!d.same) {
        bad++;
        const file = `/tmp/jit_fuzz_${seed}_${n}.py`;
        Deno.writeTextFileSync(file, p);
        const modes: [string, RunOutput | undefined][] = [["eager", d.eager], ["on", d.on]];
        console.log(`seed ${seed} program ${n} differs: ${file}`);
        for (const [m, r] of modes) {
          if (r !== undefined && r.text !== d.off.text) {
            console.log(`  ${m}: ${firstDiff(d.off.text, r.text)}`);
          }
          if (r !== undefined && r.exitCode !== d.off.exitCode) {
            console.log(`  ${m}: exit ${r.exitCode}, interpreted ${d.off.exitCode}`);
          }
        }
      }
      n++;
    }
    failed += bad;
    console.log(
      `seed ${seed}: ${n} programs, ${bad} differ, ${compiled} code objects compiled, ${
        Date.now() - t0
      } ms`,
    );
  }
  if (failed > 0) Deno.exit(1);
}
