// Shared by scripts/oracle.ts and scripts/test_all.ts: which files are corpus tests, the
// `# oracle:` and `# requires:` directives a test may carry, the features the desktop runner
// supports today, and the exit status a test is expected to end with.
//
// A test is `tests/**/<name>.py` whose name and folders do not start with `_` and which is not
// inside a package (a folder holding `__init__.py`); helper modules and packages that tests
// import live beside them under such names. Every test runs with its folder as the working
// directory and its basename as the script, so tracebacks read `File "<name>.py"`.

import { dirname, join, relative, sep as SEPARATOR } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT: string = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const TESTS_DIR: string = join(ROOT, "tests");

/** Directives read from `# oracle: ...` and `# exit: N` comment lines of a test. */
export interface Directives {
  /** Expected output comes from CPython (`python3`) instead of the reference MicroPython. */
  cpython: boolean;
  /** `@micropython.native`/`viper` decorator lines are blanked before the WebAssembly oracle
   * runs it (no native emitter). With `unix`, the .exp comes from the unix port with the
   * decorators in place, and the stripped program run by the WebAssembly build must print the
   * same (`deno task oracle --cross`; src/mpy/cross_oracle_test.ts runs it stripped too). */
  stripNative: boolean;
  /** The oracle does not generate output for this test (output maintained by hand). */
  skip: boolean;
  /** Output the oracle would otherwise reject as its own failure is intended (ImportError...). */
  allowErrors: boolean;
  /** Output depends on compiling from source (doc strings), so a .mpy from `upy cross`
   * (like mpy-cross's) prints differently: left out of cross_oracle_test.ts. */
  sourceOnly?: boolean;
  /** Expected output comes from the real unix port (v1.27.0, x86-64, with native and viper
   * emitters), run as `micropython <name>.py` in the test's folder. */
  unix?: boolean;
  /** Expected output comes from the qemu board mps2-an385 (Cortex-M3, 32-bit machine words):
   * for programs whose output depends on the word size (viper wraparound at 32 bits). */
  board?: boolean;
  /** Features the program needs from the runner (`# requires: viper`); a runner that lacks one
   * reports the test as skipped. */
  requires?: string[];
  /** Exit status the program must end with (sys.exit(N)); undefined: derived from the .exp. */
  exit?: number;
}

/** What the desktop runner (ports/unix/main.ts) supports today, by `# requires:` name. A test
 * requiring a feature that is false here, or not listed, is skipped by scripts/test_all.ts. */
export const DESKTOP_FEATURES: Readonly<Record<string, boolean>> = {
  /** `@micropython.native` functions: Thumb code run in the emulator. */
  native: true,
  /** `@micropython.viper` functions: Thumb code run in the emulator, 32-bit words. */
  viper: true,
};

/** The features a test requires that `features` lacks (empty: the test can run). */
export function missingFeatures(
  d: Directives,
  features: Readonly<Record<string, boolean>> = DESKTOP_FEATURES,
): string[] {
  return (d.requires ?? []).filter((f) => features[f] !== true);
}

export function parseDirectives(src: string): Directives {
  const d: Directives = { cpython: false, stripNative: false, skip: false, allowErrors: false };
  for (const line of src.split("\n")) {
    const m = /^#\s*oracle:\s*(.*)$/.exec(line);
    if (m) {
      for (const word of m[1].split(/[\s,]+/)) {
        if (word === "cpython") d.cpython = true;
        else if (word === "strip-native") d.stripNative = true;
        else if (word === "skip") d.skip = true;
        else if (word === "allow-errors") d.allowErrors = true;
        else if (word === "source-only") d.sourceOnly = true;
        else if (word === "unix") d.unix = true;
        else if (word === "board") d.board = true;
      }
    }
    const r = /^#\s*requires:\s*(.*)$/.exec(line);
    if (r) {
      for (const word of r[1].split(/[\s,]+/)) {
        if (word && !(d.requires ??= []).includes(word)) d.requires.push(word);
      }
    }
    const e = /^#\s*exit:\s*(\d+)\s*$/.exec(line);
    if (e) d.exit = Number(e[1]);
  }
  return d;
}

/** Blanks decorator lines that the oracle's build rejects (it has no native emitter). */
export function stripNativeDecorators(src: string): string {
  return src.replace(/^([ \t]*)@micropython\.(native|viper)[ \t]*$/gm, "$1");
}

const TRACEBACK_HEAD = "Traceback (most recent call last):\n";
// The exception line must be the last line: a multi-line message needs `# exit: 1`.
const TRACEBACK_BODY =
  /^( {2}File "[^"\n]*", line \d+(, in [^\n]*)?\n)+[A-Za-z_][\w.]*(:[^\n]*)?\n$/;

/** Whether the expected output ends with the traceback of an uncaught exception. */
export function endsWithTraceback(exp: string): boolean {
  const at = exp.lastIndexOf(TRACEBACK_HEAD);
  if (at < 0 || (at > 0 && exp[at - 1] !== "\n")) return false;
  return TRACEBACK_BODY.test(exp.slice(at + TRACEBACK_HEAD.length));
}

// Any frame lines, then the exception's line(s) to the end: where a traceback that ends the
// output starts, even after a partial line or with a message of several lines.
const FINAL_TRACEBACK_BODY = /^( {2}File "[^"\n]*", line \d+(, in [^\n]*)?\n)+[A-Za-z_][\w.]*/;

/** The output of a run as the corpus keeps it: stdout, then stderr, then the traceback of an
 * uncaught exception. The unix port (1.27, also upy's CLI) prints that traceback at the end of
 * stdout, so after a failed run (`exitCode` not 0) it moves behind stderr. */
export function corpusOutput(stdout: string, stderr: string, exitCode: number): string {
  const at = exitCode === 0 ? -1 : stdout.lastIndexOf(TRACEBACK_HEAD);
  if (at < 0 || stderr === "") return stdout + stderr;
  const tail = stdout.slice(at);
  if (!FINAL_TRACEBACK_BODY.test(tail.slice(TRACEBACK_HEAD.length))) return stdout + stderr;
  return stdout.slice(0, at) + stderr + tail;
}

/** Exit status expected from running the test whose expected output is `exp`. */
export function expectedExit(d: Directives, exp: string): number {
  if (d.exit !== undefined) return d.exit;
  return endsWithTraceback(exp) ? 1 : 0;
}

/** The unix port's sys.path[0] is the script's real folder, so modules a test imports from its
 * folder are named by absolute paths in tracebacks (`File "/abs/tests/x/_mod.py"`); the corpus
 * keeps names relative to the test's folder, as the WebAssembly oracle prints them. */
export function relativeTracebackPaths(output: string, testDir: string): string {
  let real = testDir;
  try {
    real = Deno.realPathSync(testDir);
  } catch {
    // keep the path as given
  }
  return output.replaceAll(`File "${real}/`, 'File "');
}

function isPackageDir(dir: string): boolean {
  try {
    return Deno.statSync(join(dir, "__init__.py")).isFile;
  } catch {
    return false;
  }
}

/** All corpus tests (absolute paths), sorted. */
export function listTests(root: string = TESTS_DIR): string[] {
  const out: string[] = [];
  const walk = (dir: string, top: boolean) => {
    if (!top && isPackageDir(dir)) return;
    const entries = [...Deno.readDirSync(dir)].sort((a, b) => a.name < b.name ? -1 : 1);
    for (const e of entries) {
      if (e.name.startsWith("_") || e.name.startsWith(".")) continue;
      const p = join(dir, e.name);
      if (e.isDirectory) walk(p, false);
      else if (e.isFile && e.name.endsWith(".py") && dir !== root) out.push(p);
    }
  };
  walk(root, true);
  return out;
}

/** Path relative to the repository root with forward slashes, for messages and filters. */
export function displayPath(path: string): string {
  return relative(ROOT, path).split(SEPARATOR).join("/");
}

/** Keeps paths matching any of the filters (substring of the display path); all if none. */
export function filterPaths(paths: string[], filters: string[]): string[] {
  if (filters.length === 0) return paths;
  return paths.filter((p) => filters.some((f) => displayPath(p).includes(f)));
}

/** Runs `fn` over `items` with at most `n` in flight; results keep the input order. */
export async function pool<T, R>(
  items: T[],
  n: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return results;
}
