// Runs a program of the JIT fuzz (jit_fuzz_gen.ts) in-process, interpreted and compiled (every
// function at its first call, and optionally hot functions only), and says whether all runs
// printed the same.
import { createInterpreter } from "../../mod.ts";
import { JitGen, jitProgram } from "./jit_fuzz_gen.ts";
import { vmLimits } from "../py/vm.ts";

/** What one run printed, and the functions it compiled. */
export interface RunOutput {
  text: string;
  exitCode: number;
  compiled: string[];
}

/** Run `program` with the JavaScript tier in `jit` mode; stdout and stderr in one text. With
 * `park`, every safe point (each 2000 jumps and calls) yields to the event loop, so compiled
 * activations keep handing their state to the interpreter (deoptimisation) and resuming. */
export async function runProgram(
  program: string,
  jit: "off" | "on" | "eager",
  park = false,
): Promise<RunOutput> {
  let text = "";
  const sink = (s: string) => text += s;
  const py = createInterpreter({ jit, stdout: sink, stderr: sink });
  const slice = vmLimits.sliceMs;
  if (park) vmLimits.sliceMs = 0;
  let r;
  try {
    r = await py.runSource(program, "jit_fuzz.py");
  } finally {
    vmLimits.sliceMs = slice;
  }
  const compiled = py.state.jitCompiled.map((c) => c.name);
  return { text, exitCode: r.code, compiled };
}

/** One program's comparison. */
export interface Diff {
  program: string;
  off: RunOutput;
  eager: RunOutput;
  /** Hot functions compiled, loops entered by on-stack replacement (when asked for). */
  on?: RunOutput;
  same: boolean;
}

/** Programs of `batch` functions from `seed`, `total` functions in all (every fourth program
 * ends with uncaught calls). */
export function* programs(seed: number, total: number, batch: number): Generator<string> {
  const gen = new JitGen(seed);
  for (let i = 0; i < total; i += batch) {
    yield jitProgram(gen, i, Math.min(batch, total - i), (i / batch) % 4 === 3);
  }
}

/** Run `program` interpreted and compiled (parking at every safe point with `park`), and with
 * `on` also in the default mode, where loops move to compiled code while they run. */
export async function compare(program: string, on = false, park = false): Promise<Diff> {
  const off = await runProgram(program, "off");
  const eager = await runProgram(program, "eager", park);
  const hot = on ? await runProgram(program, "on", park) : undefined;
  const same = (r: RunOutput) => r.text === off.text && r.exitCode === off.exitCode;
  return { program, off, eager, on: hot, same: same(eager) && (hot === undefined || same(hot)) };
}
