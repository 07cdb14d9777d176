// Issue 10's measurement: every corpus program run with `-X emit=native` (all scopes compiled to
// Thumb code and run in the emulator). A program counts as passing when its output equals the
// .exp, or else equals what MicroPython's unix port prints with the same flag (native frames add
// no traceback lines there, and a few outputs depend on the build).
//
//   deno run -A scripts/emit_native_check.ts [-j N] [-v] [filter...]
//
// Ends with `N same as .exp, M same as unix port, K differ` and the differing tests.

import { basename, dirname, join } from "node:path";
import { displayPath, filterPaths, listTests, pool, ROOT } from "./helpers/corpus.ts";
import { shortDiff } from "./helpers/diff.ts";

const MAIN = join(ROOT, "ports", "unix", "main.ts");
const UNIX_PORT = join(ROOT, "..", "shared", "firmware", "micropython-1.27.0-unix-x86_64");
const TIMEOUT_MS = 60_000;

type Verdict = "exp" | "unix" | "differ";

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
console.log(
  `${count("exp")} same as .exp, ${count("unix")} same as unix port, ${count("differ")} differ`,
);
