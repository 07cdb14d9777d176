// Regenerates the expected output (`<name>.exp`) of corpus tests with the reference MicroPython
// 1.27 (npm @micropython/micropython-webassembly-pyscript, imported as `micropython-oracle`).
//
//   deno task oracle                  all tests under tests/
//   deno task oracle tests/basics     tests under a folder, or given files, or path substrings
//   deno task oracle --check          report tests whose .exp is stale, write nothing
//
// Each test runs in a fresh interpreter inside a worker, as `micropython <name>.py` run in the
// test's folder: the folder's helper modules are copied into the WebAssembly file system, the
// working directory is that folder (sys.path[0] is ''), sys.argv is [name]. The .exp holds
// stdout, then stderr, then — when an exception escapes — the traceback exactly as the unix
// port prints it to stderr. Directives in a test (see scripts/helpers/corpus.ts):
//   # oracle: strip-native   blank @micropython.native/viper lines first (no native emitter)
//   # oracle: cpython        take the output from python3 (only for behaviour both agree on)
//   # oracle: skip           leave the .exp alone (say in the test where it came from)
//   # oracle: allow-errors   the output may show ImportError etc. (otherwise taken as the
//                            oracle build lacking something)
//   # oracle: source-only    the output depends on compiling from source (doc strings):
//                            left out of the upy-cross round trip (cross_oracle_test.ts)
//   # exit: N                the program ends with sys.exit(N)

import { basename, dirname, join, relative, resolve, sep as SEPARATOR } from "node:path";
import {
  displayPath,
  expectedExit,
  filterPaths,
  listTests,
  parseDirectives,
  pool,
  ROOT,
  stripNativeDecorators,
  TESTS_DIR,
} from "./helpers/corpus.ts";
import type { OracleJob, OracleResult } from "./helpers/oracle_worker.ts";

const TIMEOUT_MS = 20_000;

interface Outcome {
  path: string;
  status: "written" | "unchanged" | "stale" | "skipped" | "error";
  note?: string;
}

/** Output that means the reference build itself could not run the program as intended. */
const SUSPICIOUS = [
  /ImportError: no module named/,
  /invalid micropython decorator/,
  /NotImplementedError: /,
  // addresses differ between implementations: a test must not print them
  / at (0x)?[0-9a-f]{3,}>/,
];

class OracleWorker {
  #worker: Worker | null = null;
  #nextId = 0;

  #spawn(): Worker {
    if (!this.#worker) {
      const url = new URL("./helpers/oracle_worker.ts", import.meta.url);
      this.#worker = new Worker(url, { type: "module" });
    }
    return this.#worker;
  }

  run(job: Omit<OracleJob, "id">): Promise<OracleResult> {
    const worker = this.#spawn();
    const id = this.#nextId++;
    return new Promise((resolveResult) => {
      const timer = setTimeout(() => {
        this.close();
        resolveResult({ id, output: "", exit: 0, uncaught: false, error: "timed out" });
      }, TIMEOUT_MS);
      worker.onmessage = (ev: MessageEvent<OracleResult>) => {
        clearTimeout(timer);
        resolveResult(ev.data);
      };
      worker.onerror = (ev: ErrorEvent) => {
        ev.preventDefault();
        clearTimeout(timer);
        this.close();
        resolveResult({ id, output: "", exit: 0, uncaught: false, error: ev.message });
      };
      worker.postMessage({ ...job, id });
    });
  }

  close(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}

/** Non-test files of a test's folder tree (helper modules, packages), relative paths. */
function folderFiles(dir: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (d: string, helperTree: boolean) => {
    for (const e of [...Deno.readDirSync(d)].sort((a, b) => a.name < b.name ? -1 : 1)) {
      const p = join(d, e.name);
      const helper = helperTree || e.name.startsWith("_");
      if (e.isDirectory && e.name !== "__pycache__") walk(p, true);
      else if (e.isFile && helper && /\.(py|txt|json|bin)$/.test(e.name)) {
        out.push([relative(dir, p).split(SEPARATOR).join("/"), Deno.readTextFileSync(p)]);
      }
    }
  };
  walk(dir, false);
  return out;
}

async function runCPython(path: string): Promise<OracleResult> {
  const cmd = new Deno.Command("python3", {
    args: ["-B", basename(path)],
    cwd: dirname(path),
    env: { PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" },
    stdout: "piped",
    stderr: "piped",
  });
  const r = await cmd.output();
  const dec = new TextDecoder();
  const output = dec.decode(r.stdout) + dec.decode(r.stderr);
  if (r.code !== 0 && r.code !== parseDirectives(Deno.readTextFileSync(path)).exit) {
    return { id: 0, output, exit: r.code, uncaught: true, error: "python3 failed:\n" + output };
  }
  return { id: 0, output, exit: r.code, uncaught: false };
}

async function generate(path: string, worker: OracleWorker, check: boolean): Promise<Outcome> {
  const source = Deno.readTextFileSync(path);
  const d = parseDirectives(source);
  if (d.skip) return { path, status: "skipped" };
  const result = d.cpython ? await runCPython(path) : await worker.run({
    dir: dirname(path),
    name: basename(path),
    source: d.stripNative ? stripNativeDecorators(source) : source,
    files: folderFiles(dirname(path)),
  });
  if (result.error) return { path, status: "error", note: result.error };
  for (const re of d.allowErrors ? [] : SUSPICIOUS) {
    const m = re.exec(result.output);
    if (m) {
      const line = result.output.slice(result.output.lastIndexOf("\n", m.index) + 1).split("\n")[0];
      return { path, status: "error", note: `oracle output looks wrong: ${line}` };
    }
  }
  if (expectedExit(d, result.output) !== result.exit) {
    return {
      path,
      status: "error",
      note: `exit status ${result.exit} cannot be told from the output` +
        " (print something after a printed traceback, or add `# exit: N`)",
    };
  }
  const expPath = path.replace(/\.py$/, ".exp");
  let old: string | null = null;
  try {
    old = Deno.readTextFileSync(expPath);
  } catch {
    // no .exp yet
  }
  if (old === result.output) return { path, status: "unchanged" };
  if (check) return { path, status: "stale" };
  const tmp = `${expPath}.${Deno.pid}.tmp`;
  Deno.writeTextFileSync(tmp, result.output);
  Deno.renameSync(tmp, expPath);
  return { path, status: "written" };
}

function selectTests(args: string[]): string[] {
  const all = listTests();
  if (args.length === 0) return all;
  const picked = new Set<string>();
  const filters: string[] = [];
  for (const a of args) {
    const abs = resolve(a);
    let stat: Deno.FileInfo | null = null;
    try {
      stat = Deno.statSync(abs);
    } catch {
      // not a path: a substring filter
    }
    if (stat?.isFile) picked.add(abs);
    else if (stat?.isDirectory) {
      for (const t of all) if (t.startsWith(abs + SEPARATOR)) picked.add(t);
    } else filters.push(a);
  }
  if (filters.length) { for (const t of filterPaths(all, filters)) picked.add(t); }
  return [...picked].sort();
}

async function main(): Promise<number> {
  const args: string[] = [];
  let check = false;
  let jobs = 2;
  for (let i = 0; i < Deno.args.length; i++) {
    const a = Deno.args[i];
    if (a === "--check") check = true;
    else if (a === "-j") jobs = Number(Deno.args[++i]);
    else if (a === "-h" || a === "--help") {
      console.log("usage: deno task oracle [--check] [-j N] [paths or substrings...]");
      return 0;
    } else args.push(a);
  }
  Deno.chdir(ROOT);
  const tests = selectTests(args);
  if (tests.length === 0) {
    console.error(`oracle: no tests under ${TESTS_DIR} match`);
    return 1;
  }
  const workers = Array.from({ length: Math.max(1, jobs) }, () => new OracleWorker());
  const free = [...workers];
  const outcomes = await pool(tests, workers.length, async (t) => {
    const w = free.pop()!;
    try {
      return await generate(t, w, check);
    } finally {
      free.push(w);
    }
  });
  for (const w of workers) w.close();
  const count = (s: Outcome["status"]) => outcomes.filter((o) => o.status === s).length;
  for (const o of outcomes) {
    if (o.status === "written") console.log(`wrote  ${displayPath(o.path)}`);
    if (o.status === "stale") console.log(`stale  ${displayPath(o.path)}`);
  }
  for (const o of outcomes) {
    if (o.status === "error") console.log(`ERROR  ${displayPath(o.path)}: ${o.note}`);
  }
  console.log(
    `${tests.length} tests: ${count("written")} written, ${count("unchanged")} unchanged, ` +
      `${count("stale")} stale, ${count("skipped")} skipped, ${count("error")} errors`,
  );
  return count("error") || count("stale") ? 1 : 0;
}

Deno.exit(await main());
