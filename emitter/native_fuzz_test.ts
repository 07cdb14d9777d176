// Fuzz test of the native emitter and the Thumb emulator: thousands of random but legal
// @micropython.native and @micropython.viper functions (native_fuzz_gen.ts) are compiled and run,
// batched into modules. Only Python exceptions may come out: never a JavaScript error (which the
// runtime turns into "RuntimeError: internal error: ..."), never an emulator fault ("native code:
// ..."). Native functions, and viper functions on small ints, must also give what the same
// source gives as bytecode.
//
// Batches take turns running the machine code interpreted, translated to JavaScript once hot,
// and translated at once (thumb_jit.ts).
//
// Most batches are compiled from source (armv7m, as the desktop does); some go through
// crossCompile as .mpy for armv6m or armv7m and run with runMpy. Modules run in two workers
// (this file is also the workers' script), so a program that hangs fails the test instead of
// stopping it.
//
//   NATIVE_FUZZ_SEED=n     another seed (default below; printed)
//   NATIVE_FUZZ_COUNT=n    functions in all (default 10000)
//   NATIVE_FUZZ_OUT=dir    write each failing function as a standalone program there
//   NATIVE_FUZZ_MESSAGES=1 compare exception messages with bytecode too, not only types

import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { createInterpreter } from "../mod.ts";
import { crossCompile } from "../ports/unix/cross.ts";
import { ARCH_CODES } from "../src/mpy/arch.ts";
import { formatException, PyBaseException } from "../src/py/obj_exception.ts";
import { ThumbMachine, type TranslateMode } from "./thumb_sim.ts";
import {
  type FuzzFunction,
  type FuzzKind,
  generateFunctions,
  moduleSource,
  Rng,
} from "./native_fuzz_gen.ts";

const SEED = Number(Deno.env.get("NATIVE_FUZZ_SEED") ?? 20251210);
const COUNT = Number(Deno.env.get("NATIVE_FUZZ_COUNT") ?? 10000);
const OUT_DIR = Deno.env.get("NATIVE_FUZZ_OUT");
const MESSAGES = Deno.env.get("NATIVE_FUZZ_MESSAGES") === "1";
const BATCH = 100;
const TRANSLATE_MODES: TranslateMode[] = ["eager", "off", "hot"];
const WORKERS = 2;
/** A module run that takes longer has hung (a healthy batch takes well under a second). */
const MODULE_TIMEOUT_MS = 60_000;

/** How a batch is loaded: from source (the desktop's armv7m), or as crossCompile'd .mpy. */
type Route = "source" | "armv6m" | "armv7m";

interface RunOutput {
  stdout: string;
  stderr: string;
  /** A compile error (Python exception) before anything ran. */
  compileError?: string;
  /** A JavaScript exception that escaped the interpreter. */
  jsError?: string;
  /** The run did not finish in time. */
  timeout?: boolean;
}

/** Run a module in a fresh desktop interpreter (with the emulator for machine code). */
async function runModule(source: string, route: Route): Promise<RunOutput> {
  let stdout = "", stderr = "";
  const py = createInterpreter({
    stdout: (s) => stdout += s,
    stderr: (s) => stderr += s,
    nativeTwins: false, // the Thumb code itself, in the emulator
  });
  try {
    if (route === "source") {
      await py.runSource(source, "fuzz.py");
      // A module that did not compile prints only its traceback.
      if (stdout === "" && stderr !== "") return { stdout, stderr, compileError: stderr };
    } else {
      let mpy: Uint8Array;
      try {
        mpy = crossCompile(source, { inputName: "fuzz.py", arch: ARCH_CODES.get(route) }).mpy;
      } catch (e) {
        if (e instanceof PyBaseException) {
          return { stdout, stderr, compileError: formatException(e) };
        }
        throw e;
      }
      await py.runMpy(mpy, "fuzz.py");
    }
  } catch (e) {
    return { stdout, stderr, jsError: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  // `raise ... from ...` is accepted with this warning, as MicroPython does.
  // Warnings the unix port prints for legal code are not failures.
  for (const w of ["exception chaining not supported", "Comparison between bytes and str"]) {
    stderr = stderr.replaceAll(`Warning: ${w}\n`, "");
  }
  return { stdout, stderr };
}

// --- workers ------------------------------------------------------------------------------------

interface Job {
  id: number;
  source: string;
  route: Route;
  /** How the emulator translates machine code to JavaScript for this module. */
  translate: TranslateMode;
}

// deno-lint-ignore no-explicit-any
const workerScope = globalThis as any;
const IN_WORKER = typeof workerScope.WorkerGlobalScope !== "undefined" &&
  workerScope instanceof workerScope.WorkerGlobalScope;

if (IN_WORKER) {
  workerScope.onmessage = async (e: MessageEvent<Job>) => {
    ThumbMachine.translateMode = e.data.translate;
    const out = await runModule(e.data.source, e.data.route);
    workerScope.postMessage({ id: e.data.id, out });
  };
}

/** One worker running one module at a time; a run that times out replaces the worker. */
class Lane {
  private worker = this.spawn();
  private nextId = 0;
  /** Translation of the machine code in the modules it runs (set per batch). */
  translate: TranslateMode = "hot";

  private spawn(): Worker {
    return new Worker(import.meta.url, { type: "module", name: "native-fuzz" });
  }

  run(source: string, route: Route, timeoutMs = MODULE_TIMEOUT_MS): Promise<RunOutput> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.worker.terminate();
        this.worker = this.spawn();
        resolve({ stdout: "", stderr: "", timeout: true });
      }, timeoutMs);
      this.worker.onmessage = (e: MessageEvent<{ id: number; out: RunOutput }>) => {
        if (e.data.id !== id) return;
        clearTimeout(timer);
        resolve(e.data.out);
      };
      this.worker.onerror = (e) => {
        e.preventDefault();
        clearTimeout(timer);
        this.worker.terminate();
        this.worker = this.spawn();
        resolve({ stdout: "", stderr: "", jsError: `worker error: ${e.message}` });
      };
      this.worker.postMessage({ id, source, route, translate: this.translate } satisfies Job);
    });
  }

  close(): void {
    this.worker.terminate();
  }
}

// --- checking -----------------------------------------------------------------------------------

/** The output of each function (by index) from a batch's stdout. */
function splitOutput(stdout: string): Map<number, string> {
  const out = new Map<number, string>();
  let current: number | undefined;
  for (const line of stdout.split("\n")) {
    const m = /^@@ (\d+)$/.exec(line);
    if (m) {
      current = Number(m[1]);
      out.set(current, (out.get(current) ?? "") + "@@\n");
    } else if (current !== undefined) {
      out.set(current, out.get(current)! + line + "\n");
    }
  }
  return out;
}

/** Exceptions compared by type only (messages may legitimately differ), unless asked. */
function normalise(text: string): string {
  return MESSAGES ? text : text.replace(/^(EXC \w+):.*$/gm, "$1");
}

/** What must never come out of a legal program. */
function crashIn(text: string): string | undefined {
  const m = /internal error[^\n]*|native code:[^\n]*|ThumbFault[^\n]*|maximum recursion depth[^\n]*/
    .exec(text);
  return m?.[0];
}

/** What went wrong with a whole module run, if anything. */
function runProblem(out: RunOutput): string | undefined {
  if (out.timeout) return `no result in ${MODULE_TIMEOUT_MS / 1000} s (hangs)`;
  return out.jsError ?? out.compileError ?? (out.stderr || undefined);
}

interface Failure {
  index: number;
  kind: FuzzKind;
  route: Route;
  problem: string;
  /** The failing function (none when a whole batch failed). */
  fn?: FuzzFunction;
}

interface Stats {
  functions: Record<string, number>;
  rejected: Map<string, number>;
  nativeExceptions: number;
  values: number;
}

/** Functions the compiler refuses with a Python exception (e.g. a viper type error): each one
 * alone is compiled; a non-Python error while compiling is a failure. */
function compileRejects(
  kind: FuzzKind,
  fs: FuzzFunction[],
  route: Route,
  failures: Failure[],
  stats: Stats,
): Set<number> {
  const bad = new Set<number>();
  const arch = ARCH_CODES.get(route === "armv6m" ? "armv6m" : "armv7m");
  for (const f of fs) {
    try {
      crossCompile(moduleSource(kind, [f], true), { inputName: "fuzz.py", arch });
    } catch (e) {
      bad.add(f.index);
      if (!(e instanceof PyBaseException)) {
        const problem = `compile threw ${e instanceof Error ? e.stack : e}`;
        failures.push({ index: f.index, kind, route, problem, fn: f });
        continue;
      }
      const text = formatException(e);
      const crash = crashIn(text);
      if (crash) {
        failures.push({ index: f.index, kind, route, problem: `compile: ${crash}`, fn: f });
      } else {
        const key = text.trim().split("\n").pop()!.replace(/'[^']*'/g, "'…'");
        stats.rejected.set(key, (stats.rejected.get(key) ?? 0) + 1);
      }
    }
  }
  return bad;
}

async function runBatch(
  lane: Lane,
  kind: FuzzKind,
  fs: FuzzFunction[],
  route: Route,
  failures: Failure[],
  stats: Stats,
): Promise<void> {
  let live = fs;
  let res = await lane.run(moduleSource(kind, live, true), route);
  if (res.compileError !== undefined) {
    const bad = compileRejects(kind, live, route, failures, stats);
    if (bad.size === 0) {
      failures.push({
        index: fs[0].index,
        kind,
        route,
        problem: `batch did not compile, but each function does: ${res.compileError}`,
      });
      return;
    }
    live = live.filter((f) => !bad.has(f.index));
    res = await lane.run(moduleSource(kind, live, true), route);
  }
  const whole = runProblem(res);
  if (whole !== undefined) {
    // Find the functions that break the batch by running each alone.
    let found = false;
    for (const f of live) {
      const one = await lane.run(moduleSource(kind, [f], true), route, 20_000);
      const problem = runProblem(one) ?? crashIn(one.stdout);
      if (problem) {
        failures.push({ index: f.index, kind, route, problem: `alone: ${problem}`, fn: f });
        found = true;
      }
    }
    if (!found) {
      failures.push({
        index: live[0].index,
        kind,
        route,
        problem: `batch failed (${whole}) but no function alone does`,
      });
    }
    return;
  }
  const outputs = splitOutput(res.stdout);
  let plain: Map<number, string> | undefined;
  if (kind !== "viper") {
    const ref = await lane.run(moduleSource(kind, live, false), "source");
    const problem = runProblem(ref);
    if (problem !== undefined) {
      failures.push({
        index: live[0].index,
        kind,
        route,
        problem: `bytecode reference failed: ${problem}`,
      });
    } else {
      plain = splitOutput(ref.stdout);
    }
  }
  for (const f of live) {
    const got = outputs.get(f.index);
    if (got === undefined) {
      failures.push({ index: f.index, kind, route, problem: "did not run", fn: f });
      continue;
    }
    const crash = crashIn(got);
    if (crash) {
      failures.push({ index: f.index, kind, route, problem: crash, fn: f });
      continue;
    }
    for (const line of got.split("\n")) {
      if (line.startsWith("EXC ")) stats.nativeExceptions++;
      else if (line !== "" && line !== "@@" && !line.startsWith("LOG ")) stats.values++;
    }
    const want = plain?.get(f.index);
    if (plain !== undefined && normalise(want ?? "") !== normalise(got)) {
      failures.push({
        index: f.index,
        kind,
        route,
        problem: `differs from bytecode:\n--- bytecode\n${want}--- ${kind}\n${got}`,
        fn: f,
      });
    }
  }
  const key = `${kind}/${route}`;
  stats.functions[key] = (stats.functions[key] ?? 0) + live.length;
}

interface Batch {
  kind: FuzzKind;
  route: Route;
  functions: FuzzFunction[];
}

/** Every batch, generated in order from the seed. */
function plan(): Batch[] {
  const rng = new Rng(SEED);
  // Half native, a third viper (crash checks only), the rest viper on small ints (differential).
  const shares: [FuzzKind, number][] = [
    ["native", Math.round(COUNT * 0.5)],
    ["viper", Math.round(COUNT * 0.3)],
  ];
  shares.push(["viper-small", COUNT - shares[0][1] - shares[1][1]]);
  const routes: Route[] = ["source", "source", "armv6m", "source", "armv7m", "armv6m"];
  const batches: Batch[] = [];
  let next = 0;
  for (const [kind, total] of shares) {
    for (let done = 0; done < total; done += BATCH) {
      const n = Math.min(BATCH, total - done);
      const functions = generateFunctions(rng, kind, n, next);
      next += n;
      batches.push({ kind, route: routes[batches.length % routes.length], functions });
    }
  }
  return batches;
}

/** Ill-typed variants of viper functions: a statement that breaks viper's typing goes in
 * before the final return. */
const ILL_TYPED = [
  "n0 = None",
  "n0 = l0",
  "n0 = [n0]",
  "n0 = n0 < 1",
  "n0 = 1.5",
  "n0 = n0 + l0",
  "n0 = not n0",
  "n0 = l0[n0] + n0",
  "l0 = n0",
  "n0 = n0 ** 2",
  "n0 = n0 / 2",
  "n0 = uint(n0) < n0",
  "raise n0",
  "n0 = n0[0]",
  "n0[0] = 1",
  "n0 = int(n0, 2)",
  "return l0 if n0 else n0",
  "n0 = -(n0 < 1)",
  "n0 = ptr8(n0)[0] + l0",
];

/** Compile every tenth viper function with an ill-typed statement: the compiler may refuse it
 * (ViperTypeError and the like) but must not crash. */
function compileIllTyped(batches: Batch[], failures: Failure[]): number {
  let n = 0;
  for (const b of batches) {
    if (b.kind === "native") continue;
    for (const f of b.functions) {
      if (f.index % 10 !== 0) continue;
      const lines = f.source.trimEnd().split("\n");
      const bad = ILL_TYPED[(f.index / 10) % ILL_TYPED.length];
      lines.splice(lines.length - 1, 0, `    ${bad}`);
      const source = moduleSource(b.kind, [{ ...f, source: lines.join("\n") + "\n" }], true);
      n++;
      try {
        crossCompile(source, { inputName: "fuzz.py", arch: ARCH_CODES.get("armv7m") });
      } catch (e) {
        const text = e instanceof PyBaseException ? formatException(e) : String(e);
        const problem = e instanceof PyBaseException ? crashIn(text) : text;
        if (problem) {
          failures.push({
            index: f.index,
            kind: b.kind,
            route: "armv7m",
            problem: `compiling with \`${bad}\`: ${problem}`,
            fn: f,
          });
        }
      }
    }
  }
  return n;
}

if (!IN_WORKER) {
  Deno.test(`native/viper fuzz: ${COUNT} random functions (seed ${SEED})`, async () => {
    console.log(`native fuzz: seed ${SEED} (NATIVE_FUZZ_SEED), ${COUNT} functions`);
    const t0 = performance.now();
    const failures: Failure[] = [];
    const stats: Stats = { functions: {}, rejected: new Map(), nativeExceptions: 0, values: 0 };
    const batches = plan();
    let illTyped = 0;
    const lanes = Array.from({ length: WORKERS }, () => new Lane());
    try {
      let taken = 0;
      const running = Promise.all(lanes.map(async (lane) => {
        while (taken < batches.length) {
          // batches take turns: machine code interpreted, translated to JavaScript once hot
          // (some functions), and translated before it first runs (all of them)
          lane.translate = TRANSLATE_MODES[taken % TRANSLATE_MODES.length];
          const b = batches[taken++];
          await runBatch(lane, b.kind, b.functions, b.route, failures, stats);
        }
      }));
      illTyped = compileIllTyped(batches, failures);
      await running;
    } finally {
      for (const lane of lanes) lane.close();
    }
    failures.sort((a, b) => a.index - b.index);
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    const ran = Object.values(stats.functions).reduce((a, b) => a + b, 0);
    console.log(`native fuzz: ${ran} functions ran in ${seconds} s:`, stats.functions);
    const rejected = [...stats.rejected.values()].reduce((a, b) => a + b, 0);
    console.log(
      `native fuzz: ${stats.values} values, ${stats.nativeExceptions} Python exceptions; ` +
        `${rejected} functions rejected at compile time; ${illTyped} ill-typed viper ` +
        `functions compiled`,
    );
    for (const [msg, n] of [...stats.rejected].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      console.log(`  ${n} × ${msg}`);
    }
    if (OUT_DIR) {
      Deno.mkdirSync(OUT_DIR, { recursive: true });
      for (const f of failures) {
        if (f.fn === undefined) continue;
        Deno.writeTextFileSync(
          `${OUT_DIR}/f${f.index}_${f.kind}_${f.route}.py`,
          `# ${f.problem.split("\n").join("\n# ")}\n${moduleSource(f.kind, [f.fn], true)}`,
        );
      }
    }
    const report = failures.slice(0, 30).map((f) =>
      `#${f.index} ${f.kind} via ${f.route}: ${f.problem}\n` +
      (f.fn ? `${f.fn.source}# calls: ${f.fn.calls.join("; ")}` : "")
    );
    if (failures.length > 30) report.push(`... and ${failures.length - 30} more`);
    assertEquals(report, []);
    ok(ran >= COUNT * 0.9, `only ${ran} of ${COUNT} functions compiled and ran`);
  });
}

/** Found with the fuzzer: types of native and viper objects, as MicroPython 1.27 prints them
 * (its unix port and the mps2-an385 firmware agree). The fuzz itself compares only values, so
 * it sees native generators through `type(r).__name__`. */
const OBJECT_TYPES = `import micropython
def b():
    yield 1
@micropython.native
def n():
    yield 1
@micropython.native
def nf(x):
    def inner():
        return x
    return inner
def bf(x):
    def inner():
        return x
    return inner
@micropython.viper
def vf(x: int) -> int:
    return x
print(type(n()) is type(b()), type(n()).__name__, isinstance(n(), type(b())))
print(type(nf) is type(bf), type(nf).__name__, type(vf).__name__, type(vf) is type(nf))
print(type(nf(1)) is type(bf(1)), type(nf(1)).__name__)
`;

if (!IN_WORKER) {
  Deno.test("native fuzz finding: generator, closure and viper function types", async () => {
    let out = "", err = "";
    const py = createInterpreter({
      stdout: (s) => out += s,
      stderr: (s) => err += s,
      nativeTwins: false,
    });
    await py.runSource(OBJECT_TYPES, "types.py");
    assertEquals(
      out + err,
      "True generator True\nFalse function function False\nTrue closure\n",
    );
  });
}
