// Web Worker for scripts/oracle.ts: runs one test program in a fresh instance of the reference
// MicroPython (WebAssembly build) per request and posts back what the unix `micropython`
// command would print (stdout, then stderr, then the traceback of an uncaught exception).

import { loadMicroPython } from "micropython-oracle";

/** A request: the program, its folder's files (helper modules) and how it is invoked. */
export interface OracleJob {
  id: number;
  /** Absolute folder of the test; recreated inside the WebAssembly in-memory file system. */
  dir: string;
  /** Basename of the test, used as sys.argv[0] and as the file name in tracebacks. */
  name: string;
  source: string;
  /** Other files of the folder (relative path, text) so that imports work. */
  files: [string, string][];
}

/** A reply: the expected output, the exit status, and an error if the oracle itself failed. */
export interface OracleResult {
  id: number;
  output: string;
  exit: number;
  uncaught: boolean;
  error?: string;
}

interface PythonError extends Error {
  type?: string;
}

interface EmscriptenFS {
  mkdirTree(path: string): void;
  writeFile(path: string, data: string): void;
  chdir(path: string): void;
}

function toPosix(path: string): string {
  // Windows paths become /C/... inside the in-memory file system.
  const p = path.replace(/\\/g, "/").replace(/^([A-Za-z]):/, "/$1");
  return p.startsWith("/") ? p : "/" + p;
}

async function run(job: OracleJob): Promise<OracleResult> {
  const chunks: { out: number[]; err: number[] } = { out: [], err: [] };
  const mp = await loadMicroPython({
    stdout: (b: Uint8Array) => chunks.out.push(...b),
    stderr: (b: Uint8Array) => chunks.err.push(...b),
    linebuffer: false,
  });
  const fs = mp.FS as EmscriptenFS;
  const dir = toPosix(job.dir);
  fs.mkdirTree(dir);
  for (const [rel, text] of job.files) {
    const path = dir + "/" + rel;
    fs.mkdirTree(path.slice(0, path.lastIndexOf("/")));
    fs.writeFile(path, text);
  }
  fs.chdir(dir);
  // As `micropython name.py` run in the test's folder: argv holds the script name.
  mp.runPython(`import sys\nsys.argv.append(${JSON.stringify(job.name)})\ndel sys\n`);
  let traceback = "";
  let exit = 0;
  let uncaught = false;
  try {
    mp.runPython(job.source);
  } catch (e) {
    const err = e as PythonError;
    if (err?.name !== "PythonError") {
      return { id: job.id, output: "", exit: 0, uncaught: false, error: String(e).slice(0, 300) };
    }
    const msg = String(err.message);
    if (err.type === "SystemExit") {
      // unix port: None → 0, an int → its value, anything else → 1; nothing is printed.
      const m = /\nSystemExit(?:: (.*))?\n$/.exec(msg);
      const arg = m?.[1];
      exit = !arg || arg === "None" ? 0 : /^-?\d+$/.test(arg) ? Number(arg) & 255 : 1;
    } else {
      uncaught = true;
      exit = 1;
      traceback = msg.split('File "<stdin>"').join(`File "${job.name}"`);
      if (!traceback.endsWith("\n")) traceback += "\n";
    }
  }
  const dec = new TextDecoder();
  // runPython compiles the program as "<stdin>"; the CLI names it by its file name, also in
  // tracebacks the program prints itself (sys.print_exception).
  const output = (dec.decode(new Uint8Array(chunks.out)) + dec.decode(new Uint8Array(chunks.err)))
    .split('File "<stdin>"').join(`File "${job.name}"`) + traceback;
  return { id: job.id, output, exit, uncaught };
}

// deno-lint-ignore no-explicit-any
const scope = self as any;
scope.onmessage = async (ev: MessageEvent<OracleJob>) => {
  let result: OracleResult;
  try {
    result = await run(ev.data);
  } catch (e) {
    result = { id: ev.data.id, output: "", exit: 0, uncaught: false, error: String(e) };
  }
  scope.postMessage(result);
};
