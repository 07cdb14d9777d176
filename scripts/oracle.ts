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
//   # oracle: unix           take the output from the real unix port v1.27.0 (x86-64, native
//                            and viper emitters): `micropython <name>.py` in the test's folder,
//                            stdout then stderr (a final traceback, which it prints on stdout,
//                            after stderr); skipped with a notice when the binary is absent
//   # oracle: board          take the output from the qemu board mps2-an385 (Cortex-M3, 32-bit
//                            words; ports/qemu/board.ts), the program sent through the raw REPL;
//                            skipped with a notice when the firmware or qemu is absent
//   # exit: N                the program ends with sys.exit(N)
//
//   deno task oracle --cross  for `# oracle: unix, strip-native` tests (native code), compare
//                            the unix port's output with the WebAssembly build running the
//                            program with its decorators blanked (bytecode); writes nothing

import { basename, dirname, join, relative, resolve, sep as SEPARATOR } from "node:path";
import { Board, BoardError } from "../ports/qemu/board.ts";
import { BOARDS, unavailableReason } from "../ports/qemu/boards.ts";
import {
  corpusOutput,
  displayPath,
  expectedExit,
  filterPaths,
  listTests,
  parseDirectives,
  pool,
  relativeTracebackPaths,
  ROOT,
  stripNativeDecorators,
  TESTS_DIR,
} from "./helpers/corpus.ts";
import { shortDiff } from "./helpers/diff.ts";
import type { OracleJob, OracleResult } from "./helpers/oracle_worker.ts";

const TIMEOUT_MS = 20_000;

/** The real MicroPython unix port (see ../shared/firmware/README.md). */
export const UNIX_MICROPYTHON: string = Deno.env.get("UPY_ORACLE_UNIX") ??
  join(ROOT, "..", "shared", "firmware", "micropython-1.27.0-unix-x86_64");

interface Outcome {
  path: string;
  status: "written" | "unchanged" | "stale" | "skipped" | "error" | "same" | "differs";
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

function isExecutable(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}

/** Runs the test with the real unix port, as `micropython <name>.py` in the test's folder. */
async function runUnix(path: string): Promise<OracleResult> {
  const child = new Deno.Command(UNIX_MICROPYTHON, {
    args: [basename(path)],
    cwd: dirname(path),
    // no ~/.micropython/lib, no user settings: the same for every machine
    env: { HOME: "/nonexistent", MICROPYPATH: ".frozen:" },
    clearEnv: true,
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
  }, TIMEOUT_MS);
  const r = await child.output();
  clearTimeout(timer);
  const dec = new TextDecoder();
  const crlf = (b: Uint8Array) => dec.decode(b).replace(/\r\n/g, "\n");
  const output = relativeTracebackPaths(
    corpusOutput(crlf(r.stdout), crlf(r.stderr), r.code),
    dirname(path),
  );
  if (timedOut) return { id: 0, output, exit: r.code, uncaught: false, error: "timed out" };
  if (r.signal) {
    return { id: 0, output, exit: r.code, uncaught: false, error: `killed by ${r.signal}` };
  }
  return { id: 0, output, exit: r.code, uncaught: r.code === 1 };
}

const BOARD_NAME = "mps2-an385";
let boardSession: Promise<Board | string> | null = null;
/** Programs take turns on the one board (a single serial line). */
let boardQueue: Promise<unknown> = Promise.resolve();

/** The qemu board, booted on first use, or why there is none (one line). */
function board(): Promise<Board | string> {
  boardSession ??= (async () => {
    const spec = BOARDS.find((b) => b.name === BOARD_NAME)!;
    const why = await unavailableReason(spec);
    if (why) return why;
    try {
      return await Board.boot(spec, { timeoutMs: TIMEOUT_MS });
    } catch (e) {
      return e instanceof BoardError ? e.message : String(e).split("\n")[0];
    }
  })();
  return boardSession;
}

/** Runs the test on the board: the program goes through the raw REPL (it cannot import the
 * folder's helper modules); the output is stdout then the traceback, named as `<name>.py`. */
function runBoard(path: string): Promise<OracleResult | string> {
  const turn = boardQueue.then(async (): Promise<OracleResult | string> => {
    const b = await board();
    if (typeof b === "string") return b;
    const r = await b.run(Deno.readTextFileSync(path));
    if (r.status !== "ok") {
      return { id: 0, output: r.stdout, exit: 0, uncaught: false, error: `board: ${r.note}` };
    }
    // the raw REPL names the program <stdin>; the corpus runs it as <name>.py
    const output = (r.stdout + r.stderr).replace(/File "<stdin>"/g, `File "${basename(path)}"`);
    const exit = r.stderr ? 1 : 0;
    return { id: 0, output, exit, uncaught: exit === 1 };
  });
  boardQueue = turn.catch(() => {});
  return turn;
}

async function closeBoard(): Promise<void> {
  const b = await boardSession;
  if (b && typeof b !== "string") await b.close();
}

async function generate(path: string, worker: OracleWorker, check: boolean): Promise<Outcome> {
  const source = Deno.readTextFileSync(path);
  const d = parseDirectives(source);
  if (d.skip) return { path, status: "skipped" };
  let result: OracleResult;
  if (d.board) {
    const r = await runBoard(path);
    if (typeof r === "string") return { path, status: "skipped", note: r };
    result = r;
  } else if (d.unix) {
    if (!isExecutable(UNIX_MICROPYTHON)) {
      return { path, status: "skipped", note: `${UNIX_MICROPYTHON} is absent` };
    }
    result = await runUnix(path);
  } else if (d.cpython) result = await runCPython(path);
  else {
    result = await worker.run({
      dir: dirname(path),
      name: basename(path),
      source: d.stripNative ? stripNativeDecorators(source) : source,
      files: folderFiles(dirname(path)),
    });
  }
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

/** `--cross`: the unix port's output (native code) against the WebAssembly build running the
 * program with its native decorators blanked (bytecode). */
async function crossCheck(path: string, worker: OracleWorker): Promise<Outcome> {
  const source = Deno.readTextFileSync(path);
  const d = parseDirectives(source);
  if (!d.unix || !d.stripNative) return { path, status: "skipped" };
  if (!isExecutable(UNIX_MICROPYTHON)) {
    return { path, status: "skipped", note: `${UNIX_MICROPYTHON} is absent` };
  }
  const native = await runUnix(path);
  const bytecode = await worker.run({
    dir: dirname(path),
    name: basename(path),
    source: stripNativeDecorators(source),
    files: folderFiles(dirname(path)),
  });
  const error = native.error ?? bytecode.error;
  if (error) return { path, status: "error", note: error };
  if (native.output === bytecode.output && native.exit === bytecode.exit) {
    return { path, status: "same" };
  }
  const exits = native.exit === bytecode.exit
    ? ""
    : ` (exit ${native.exit} native, ${bytecode.exit} bytecode)`;
  const diff = shortDiff(native.output, bytecode.output, 20).split("\n").map((l) => "    " + l);
  return {
    path,
    status: "differs",
    note: `unix port (-) and stripped in WebAssembly (+) differ${exits}\n${diff.join("\n")}`,
  };
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
  let cross = false;
  let jobs = 2;
  for (let i = 0; i < Deno.args.length; i++) {
    const a = Deno.args[i];
    if (a === "--check") check = true;
    else if (a === "--cross") cross = true;
    else if (a === "-j") jobs = Number(Deno.args[++i]);
    else if (a === "-h" || a === "--help") {
      console.log("usage: deno task oracle [--check|--cross] [-j N] [paths or substrings...]");
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
      return await (cross ? crossCheck(t, w) : generate(t, w, check));
    } finally {
      free.push(w);
    }
  });
  for (const w of workers) w.close();
  await closeBoard();
  const notes = new Map<string, string[]>();
  for (const o of outcomes) {
    if (o.status === "skipped" && o.note) {
      notes.set(o.note, [...(notes.get(o.note) ?? []), displayPath(o.path)]);
    }
  }
  for (const [note, paths] of notes) {
    console.log(`skipped ${paths.length} (${note}): ${paths.join(" ")}`);
  }
  const count = (s: Outcome["status"]) => outcomes.filter((o) => o.status === s).length;
  for (const o of outcomes) {
    if (o.status === "written") console.log(`wrote  ${displayPath(o.path)}`);
    if (o.status === "stale") console.log(`stale  ${displayPath(o.path)}`);
  }
  for (const o of outcomes) {
    if (o.status === "error") console.log(`ERROR  ${displayPath(o.path)}: ${o.note}`);
    if (o.status === "differs") console.log(`DIFFERS ${displayPath(o.path)}: ${o.note}`);
  }
  if (cross) {
    console.log(
      `${tests.length} tests: ${count("same")} same, ${count("differs")} differ, ` +
        `${count("skipped")} not native/unix, ${count("error")} errors`,
    );
    return count("error") || count("differs") ? 1 : 0;
  }
  console.log(
    `${tests.length} tests: ${count("written")} written, ${count("unchanged")} unchanged, ` +
      `${count("stale")} stale, ${count("skipped")} skipped, ${count("error")} errors`,
  );
  return count("error") || count("stale") ? 1 : 0;
}

Deno.exit(await main());
