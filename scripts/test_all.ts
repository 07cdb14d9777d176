// Runs the whole test suite: the unit tests (`*_test.ts` under src/ ports/ emitter/ tests/ and
// the root) with `deno test`, then the Python corpus (every tests/**/<name>.py with a
// <name>.exp) through the CLI, and ends with the line `N passed, M failed`.
//
//   deno task test                    everything
//   deno task test basics/ str_       only unit-test files and corpus tests whose path contains
//                                     one of the substrings
//   deno task test -v                 full diffs and unit-test output
//   options: --unit-only, --corpus-only, -j N (parallel processes, default 2), --jit MODE
//            (corpus runs with -X jit=MODE),
//            --timeout S (per corpus test, default 30; a unit-test file gets 10x that)
//
// A corpus test runs as `deno run -A --no-lock ports/unix/main.ts <name>.py` in the test's
// folder; stdout followed by stderr must equal the .exp (a traceback that ends stdout, as the
// unix port prints it, is taken to follow stderr), and the exit status must be 1 when the
// .exp ends with a traceback, the `# exit: N` directive when given, else 0. A test that says
// `# requires: <feature>` for a feature the desktop runner lacks (DESKTOP_FEATURES in
// scripts/helpers/corpus.ts, e.g. viper) is skipped: counted and listed on one line.

import { basename, dirname, join } from "node:path";
import {
  corpusOutput,
  displayPath,
  expectedExit,
  filterPaths,
  listTests,
  missingFeatures,
  parseDirectives,
  pool,
  relativeTracebackPaths,
  ROOT,
} from "./helpers/corpus.ts";
import { shortDiff } from "./helpers/diff.ts";

const DENO = Deno.execPath();
const MAIN = join(ROOT, "ports", "unix", "main.ts");
const UNIT_DIRS = ["src", "ports", "emitter", "tests"];

interface Options {
  filters: string[];
  verbose: boolean;
  unit: boolean;
  corpus: boolean;
  jobs: number;
  timeoutMs: number;
  unitTimeoutMs: number;
  /** Options given to every corpus run (--jit MODE adds -X jit=MODE). */
  runOptions: string[];
}

function parseArgs(args: string[]): Options {
  const o: Options = {
    filters: [],
    verbose: false,
    unit: true,
    corpus: true,
    jobs: 2,
    timeoutMs: 30_000,
    unitTimeoutMs: 300_000,
    runOptions: [],
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-v" || a === "--verbose") o.verbose = true;
    else if (a === "--unit-only") o.corpus = false;
    else if (a === "--corpus-only") o.unit = false;
    else if (a === "--jit") o.runOptions.push("-X", `jit=${args[++i]}`);
    else if (a === "-j") o.jobs = Math.max(1, Number(args[++i]) || 1);
    else if (a === "--timeout") {
      o.timeoutMs = Number(args[++i]) * 1000;
      o.unitTimeoutMs = o.timeoutMs * 10;
    } else if (a === "-h" || a === "--help") {
      console.log(
        "usage: deno task test [-v] [-j N] [--timeout S] [--jit off|on|eager] " +
          "[--unit-only|--corpus-only] [filters...]",
      );
      Deno.exit(0);
    } else o.filters.push(a);
  }
  return o;
}

function unitTestFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: Deno.DirEntry[];
    try {
      entries = [...Deno.readDirSync(dir)];
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === "node_modules" || e.name.startsWith(".")) continue;
      const p = join(dir, e.name);
      if (e.isDirectory) walk(p);
      else if (e.isFile && /[._]test\.(ts|js|mjs)$/.test(e.name)) out.push(p);
    }
  };
  for (const d of UNIT_DIRS) walk(join(ROOT, d));
  for (const e of Deno.readDirSync(ROOT)) {
    if (e.isFile && /[._]test\.(ts|js|mjs)$/.test(e.name)) out.push(join(ROOT, e.name));
  }
  return out.sort();
}

// deno-lint-ignore no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** Runs each unit-test file in its own `deno test` process: a file that hangs or leaves global
 * state behind cannot stall or break the others, and failures name their file. */
async function runUnitTests(files: string[], o: Options): Promise<[number, number]> {
  console.log(`unit tests: ${files.length} files, ${o.jobs} at a time`);
  const counts = await pool(files, o.jobs, (f) => runUnitFile(f, o));
  const passed = counts.reduce((n, c) => n + c[0], 0);
  const failed = counts.reduce((n, c) => n + c[1], 0);
  console.log(`unit tests: ${passed} passed, ${failed} failed`);
  return [passed, failed];
}

/** Run Deno with `args`, killing it after `ms`; output is captured. */
async function runWithTimeout(
  args: string[],
  cwd: string,
  ms: number,
): Promise<{ r: Deno.CommandOutput; timedOut: boolean }> {
  const child = new Deno.Command(DENO, {
    args,
    cwd,
    // sys.path as the unix oracle runs tests (scripts/oracle.ts): no ~/.micropython/lib
    env: { NO_COLOR: "1", MICROPYPATH: ".frozen:" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }, ms);
  const r = await child.output();
  clearTimeout(timer);
  return { r, timedOut };
}

async function runUnitFile(file: string, o: Options): Promise<[number, number]> {
  const { r, timedOut } = await runWithTimeout(
    ["test", "-A", "--no-lock", file],
    ROOT,
    o.unitTimeoutMs,
  );
  const dec = new TextDecoder();
  const text = (dec.decode(r.stdout) + dec.decode(r.stderr)).replace(ANSI, "");
  const m = /^(?:ok|FAILED) \| (\d+) passed(?: \((\d+) steps?\))? \| (\d+) failed/m.exec(text);
  let passed = 0;
  let failed = 0;
  if (m) {
    passed = Number(m[1]);
    failed = Number(m[3]);
  }
  // no summary: type errors, a crash, or a hang
  if (!m || timedOut || (r.code !== 0 && failed === 0)) failed += 1;
  if (failed || o.verbose) {
    const why = timedOut ? ` (timed out after ${o.unitTimeoutMs / 1000}s)` : "";
    console.log(`${failed ? "FAIL" : "ok  "} ${displayPath(file)}${why}`);
    const lines = text.trimEnd().split("\n");
    const shown = o.verbose ? lines : failureSection(lines);
    console.log(shown.map((l) => "    " + l).join("\n"));
  }
  return [passed, failed];
}

/** The `ERRORS`/`FAILURES` part of deno test output, or its tail. */
function failureSection(lines: string[]): string[] {
  const at = lines.findIndex((l) => /^ ERRORS $|^ERRORS$|^ FAILURES $|^FAILURES$/.test(l));
  const from = at >= 0 ? at : Math.max(0, lines.length - 40);
  return lines.slice(from, from + 120);
}

interface CorpusResult {
  path: string;
  ok: boolean;
  message?: string;
}

async function runCorpusTest(path: string, o: Options): Promise<CorpusResult> {
  const exp = Deno.readTextFileSync(path.replace(/\.py$/, ".exp"));
  const want = expectedExit(parseDirectives(Deno.readTextFileSync(path)), exp);
  const { r, timedOut } = await runWithTimeout(
    ["run", "-A", "--no-lock", "--quiet", MAIN, ...o.runOptions, basename(path)],
    dirname(path),
    o.timeoutMs,
  );
  const dec = new TextDecoder();
  const crlf = (b: Uint8Array) => dec.decode(b).replace(/\r\n/g, "\n");
  const got = relativeTracebackPaths(
    corpusOutput(crlf(r.stdout), crlf(r.stderr), r.code),
    dirname(path),
  );
  if (timedOut) {
    return { path, ok: false, message: `timed out after ${o.timeoutMs / 1000}s` };
  }
  const problems: string[] = [];
  if (r.code !== want) problems.push(`exit status ${r.code}, expected ${want}`);
  if (got !== exp) problems.push("output differs");
  if (problems.length === 0) return { path, ok: true };
  const diff = got === exp ? "" : "\n" + shortDiff(exp, got, o.verbose ? Infinity : 12);
  return { path, ok: false, message: problems.join("; ") + diff };
}

async function runCorpus(tests: string[], o: Options): Promise<[number, number]> {
  console.log(`corpus: ${tests.length} tests, ${o.jobs} at a time`);
  let done = 0;
  const results = await pool(tests, o.jobs, async (t) => {
    const r = await runCorpusTest(t, o);
    done++;
    if (!r.ok) {
      const body = (r.message ?? "").split("\n").map((l, i) => i ? "    " + l : l).join("\n");
      console.log(`FAIL ${displayPath(t)}: ${body}`);
    } else if (o.verbose) console.log(`ok   ${displayPath(t)}`);
    if (!o.verbose && done % 100 === 0) console.log(`corpus: ${done}/${tests.length}`);
    return r;
  });
  const failed = results.filter((r) => !r.ok).length;
  console.log(`corpus: ${results.length - failed} passed, ${failed} failed`);
  return [results.length - failed, failed];
}

/** The unsupported features a test requires, joined (empty: it runs). */
function skipReason(path: string): string {
  return missingFeatures(parseDirectives(Deno.readTextFileSync(path))).join("+");
}

async function main(): Promise<number> {
  const o = parseArgs(Deno.args);
  let passed = 0;
  let failed = 0;
  if (o.unit) {
    const files = filterPaths(unitTestFiles(), o.filters);
    if (files.length) {
      const [p, f] = await runUnitTests(files, o);
      passed += p;
      failed += f;
    }
  }
  if (o.corpus) {
    const all = filterPaths(listTests(), o.filters);
    const tests = all.filter((t) => {
      try {
        return Deno.statSync(t.replace(/\.py$/, ".exp")).isFile;
      } catch {
        return false;
      }
    });
    if (all.length > tests.length) {
      console.log(`corpus: ${all.length - tests.length} tests have no .exp (deno task oracle)`);
    }
    const runnable = tests.filter((t) => !skipReason(t));
    const skipped = tests.filter((t) => skipReason(t));
    if (skipped.length) {
      const why = [...new Set(skipped.map(skipReason))].join(", ");
      console.log(
        `corpus: ${skipped.length} skipped, need an unsupported feature (${why}): ` +
          skipped.map((t) => displayPath(t).replace(/^tests\//, "")).join(" "),
      );
    }
    if (runnable.length) {
      const [p, f] = await runCorpus(runnable, o);
      passed += p;
      failed += f;
    }
    // The JavaScript tier must not change what a program prints: tests/basics again with every
    // function compiled that can be (`--jit eager` runs the whole corpus that way).
    const eager = runnable.filter((t) => t.includes("/tests/basics/"));
    if (o.runOptions.length === 0 && eager.length) {
      console.log("corpus with -X jit=eager:");
      const [p, f] = await runCorpus(eager, { ...o, runOptions: ["-X", "jit=eager"] });
      passed += p;
      failed += f;
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

Deno.exit(await main());
