/**
 * upy as a library: MicroPython interpreters you can create, feed and inspect, compiling Python
 * to .mpy bytes, and reading .mpy files.
 *
 * ```ts
 * import { createInterpreter } from "./mod.ts";
 * let out = "";
 * const py = createInterpreter({ stdout: (s) => out += s });
 * await py.runSource("def twice(x):\n    return 2 * x\nprint(twice(21))");
 * const r = await py.call("twice", 4); // 8
 * ```
 *
 * Each interpreter has its own globals, `sys.modules`, `sys.path`, `sys.argv` and streams;
 * several can run at the same time in one process.
 * @module
 */
import { Interpreter, type InterpreterOptions } from "./src/py/interpreter.ts";
import { type Host, memoryHost } from "./src/py/host.ts";
import { compileModule } from "./src/py/compile.ts";
import { parse } from "./src/py/parser.ts";
import { writeMpy } from "./src/mpy/writer.ts";
import { provideNativeRunner, UNIX_LAZY, unixInterpreter } from "./ports/unix/interpreter.ts";
import { JIT_PART, providePart } from "./src/py/lazy_modules.ts";
import { LAZY_CORE } from "./src/py/boot_table.ts";
import { CORE_EXTRAS } from "./src/extmod/extras.ts";
import { nativeRunner, UNIX_EXTRAS } from "./ports/unix/extras.ts";
import "./emitter/machine_backends.ts";
import "./src/jit/jit.ts";

export { Interpreter, PythonError, REPL_BANNER } from "./src/py/interpreter.ts";
export type { InterpreterOptions, RunResult } from "./src/py/interpreter.ts";
export { memoryHost } from "./src/py/host.ts";
export type { FileHost, Host, OpenFlags } from "./src/py/host.ts";
export type { PyValue } from "./src/py/obj.ts";
export { unixHost } from "./ports/unix/host.ts";
export { unixInterpreter } from "./ports/unix/interpreter.ts";
export { readMpy } from "./src/mpy/reader.ts";
export { writeMpy } from "./src/mpy/writer.ts";
export type { CompiledModule } from "./src/py/raw_code.ts";

// A library keeps every module at hand (the CLI loads some on demand, for its start-up): so an
// interpreter's synchronous entry points (importModule, call) can reach them all at once.
providePart(LAZY_CORE, CORE_EXTRAS);
providePart(UNIX_LAZY, UNIX_EXTRAS);
providePart(JIT_PART, { modules: [] });
provideNativeRunner(nativeRunner);

export interface CreateOptions extends Omit<InterpreterOptions, "host"> {
  /** The whole host (files, streams, clock); `stdout`/`stderr`/`stdin` override its streams.
   * Default: no file system, no input. Use `unixHost()` for this process's files and streams. */
  host?: Host;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Lines for input() and sys.stdin, each ending in "\n". */
  stdin?: string[];
}

/** An interpreter with the desktop's modules (socket, asm_thumb in the Thumb emulator), output
 * to the given callbacks. */
export function createInterpreter(options: CreateOptions = {}): Interpreter {
  const { stdout, stderr, stdin, host, ...rest } = options;
  const streams: Partial<Host> = {};
  if (stdout) {
    const dec = new TextDecoder();
    streams.writeStdout = stdout;
    streams.writeStdoutBytes = (data) => stdout(dec.decode(data));
  }
  if (stderr) streams.writeStderr = stderr;
  if (stdin) {
    const lines = [...stdin];
    streams.readLine = () => lines.shift() ?? "";
  }
  const base = host ?? memoryHost();
  return unixInterpreter({ ...rest, host: { ...base, ...streams } });
}

export interface RunOptions extends CreateOptions {
  /** File name used in tracebacks (default "<stdin>"). */
  file?: string;
}

/** Run a program once in a fresh interpreter; stdout/stderr go to the given sinks. Returns
 * MicroPython's exit code. */
export async function runSource(
  source: string,
  options: RunOptions = {},
): Promise<{ exitCode: number }> {
  const { file = "<stdin>", argv, ...rest } = options;
  const interp = createInterpreter({ ...rest, argv: argv ?? [file] });
  const r = await interp.runSource(source, file);
  return { exitCode: r.code };
}

/** Compile source text to .mpy v6.3 bytes, as `mpy-cross` does with no options (bytecode,
 * opt level 0, no docstrings). Throws a Python SyntaxError. */
export function compileToMpy(source: string, file = "<stdin>"): Uint8Array {
  return writeMpy(compileModule(parse(source, file, 0), { optLevel: 0, emit: "bytecode" }));
}
