// Issue 10's measurement: every corpus program run with `-X emit=native` (all scopes compiled to
// Thumb code and run in the emulator). A program counts as passing when its output equals the
// .exp, or else equals what MicroPython's unix port prints with the same flag (native frames add
// no traceback lines there, and a few outputs depend on the build).
//
//   deno run -A scripts/emit_native_check.ts [-j N] [-v] [filter...]
//
// Ends with `N same as .exp, M same as unix port, K known limits, L differ` and the tests that
// differ. Known limits are programs using what MicroPython's own native emitter does not support
// (tests/run-tests.py skips the same kinds of tests for `--emit native`), or what upy's machine
// code can't do yet; their output is not compared.

import { basename, dirname, join } from "node:path";
import { displayPath, filterPaths, listTests, pool, ROOT } from "./helpers/corpus.ts";
import { shortDiff } from "./helpers/diff.ts";

const MAIN = join(ROOT, "ports", "unix", "main.ts");
const UNIX_PORT = join(ROOT, "..", "shared", "firmware", "micropython-1.27.0-unix-x86_64");
const TIMEOUT_MS = 60_000;

type Verdict = "exp" | "unix" | "known" | "differ";

/** Programs outside what native code does, by corpus path, with the reason. */
const KNOWN_LIMITS: Record<string, string> = {};
const limit = (why: string, tests: string[]) => tests.forEach((t) => KNOWN_LIMITS[t] = why);
// mpy-cross and the firmware get the stack one slot wrong after an async with's finally label
// (run-tests.py: "require async_with"); upy's Thumb code is the same and the Cortex-M3 board
// prints what upy prints.
limit("async with in native code", [
  "async/async_exception_in_aexit.py",
  "async/async_lock_sim.py",
  "async/async_with.py",
  "asyncio/cancel_after_wake.py",
  "asyncio/lock_basic.py",
  "asyncio/lock_cancel_waiter.py",
  "asyncio/lock_exception.py",
  "asyncio/lock_order.py",
]);
// A bare `raise` pops a value that isn't there (run-tests.py: "require raise_varargs"); the
// unix port crashes on these.
limit("bare raise in native code", ["basics/try_except_edge.py", "errors/uncaught_reraise.py"]);
// Host I/O waits suspend the interpreter, and machine code can't be suspended: a socket wait
// under a native module top level raises RuntimeError.
limit("socket waits under native code", [
  "asyncio/stream_big_write.py",
  "asyncio/stream_cancel_read.py",
  "asyncio/stream_echo_200_clients.py",
  "asyncio/stream_echo_basic.py",
  "asyncio/stream_read_sizes.py",
  "asyncio/stream_readinto_legacy.py",
  "asyncio/stream_server_async_with.py",
  "asyncio/stream_wait_for_read.py",
]);

/** stdout followed by stderr of `cmd args` run in `cwd` (empty stdin, killed at the timeout). */
async function output(cmd: string, args: string[], cwd: string): Promise<string> {
  const child = new Deno.Command(cmd, {
    args,
    cwd,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
  const r = await child.output();
  clearTimeout(timer);
  const dec = new TextDecoder();
  return dec.decode(r.stdout) + dec.decode(r.stderr);
}

async function check(path: string, verbose: boolean): Promise<Verdict> {
  const cwd = dirname(path), name = basename(path);
  const exp = Deno.readTextFileSync(path.replace(/\.py$/, ".exp"));
  const flags = ["-X", "emit=native", name];
  const ours = await output(Deno.execPath(), ["run", "-A", "--no-lock", MAIN, ...flags], cwd);
  if (ours === exp) return "exp";
  if (displayPath(path).replace(/^tests\//, "") in KNOWN_LIMITS) return "known";
  const theirs = await output(UNIX_PORT, flags, cwd);
  if (ours === theirs) return "unix";
  if (verbose) console.log(`--- ${displayPath(path)}\n${shortDiff(theirs, ours)}`);
  return "differ";
}

function parseArgs(args: string[]): { jobs: number; verbose: boolean; filters: string[] } {
  const o = { jobs: 2, verbose: false, filters: [] as string[] };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "-j") o.jobs = Math.max(1, Number(args[++i]) || 1);
    else if (args[i] === "-v") o.verbose = true;
    else o.filters.push(args[i]);
  }
  return o;
}

const opts = parseArgs(Deno.args);
const tests = filterPaths(listTests(), opts.filters).filter((p) => {
  try {
    return Deno.statSync(p.replace(/\.py$/, ".exp")).isFile;
  } catch {
    return false;
  }
});
const verdicts = await pool(tests, opts.jobs, (p) => check(p, opts.verbose));
const count = (v: Verdict) => verdicts.filter((x) => x === v).length;
const differing = tests.filter((_, i) => verdicts[i] === "differ").map(displayPath);
for (const p of differing) console.log(`DIFFER ${p}`);
const known = tests.filter((_, i) => verdicts[i] === "known").map(displayPath);
for (const p of known) console.log(`KNOWN  ${p}: ${KNOWN_LIMITS[p.replace(/^tests\//, "")]}`);
console.log(
  `${count("exp")} same as .exp, ${count("unix")} same as unix port, ${count("known")} known ` +
    `limits, ${count("differ")} differ`,
);
