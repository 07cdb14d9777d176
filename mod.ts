/**
 * upy as a library: compile MicroPython-dialect Python to .mpy bytes, read .mpy files, and run
 * programs with their output captured.
 *
 * ```ts
 * import { runSource } from "./mod.ts";
 * let out = "";
 * const { exitCode } = await runSource("print(1 + 1)", { stdout: (s) => out += s });
 * ```
 * @module
 */
import { type PortIO, portIO, setPortIO } from "./src/py/port_io.ts";
import { execute, setArgv } from "./src/py/toplevel.ts";
import { compileText } from "./src/py/runtime_init.ts";
import { writeMpy } from "./src/mpy/writer.ts";

export { compileText } from "./src/py/runtime_init.ts";
export { readMpy } from "./src/mpy/reader.ts";
export { writeMpy } from "./src/mpy/writer.ts";
export type { CompiledModule } from "./src/py/raw_code.ts";

export interface RunOptions {
  /** File name used in tracebacks (default "<stdin>"). */
  file?: string;
  /** sys.argv (default [file]). */
  argv?: string[];
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

/** Run a program; stdout/stderr go to the given sinks. Returns MicroPython's exit code. */
export async function runSource(
  source: string,
  options: RunOptions = {},
): Promise<{ exitCode: number }> {
  const file = options.file ?? "<stdin>";
  const saved: PortIO = { ...portIO };
  const out = options.stdout ?? (() => {});
  setPortIO({
    writeStdout: out,
    writeStderr: options.stderr ?? (() => {}),
    writeStdoutBytes: (data) => out(new TextDecoder().decode(data)),
  });
  try {
    setArgv(options.argv ?? [file]);
    const r = await execute({ kind: "source", source, file });
    return { exitCode: r.code };
  } finally {
    setPortIO(saved);
  }
}

/** Compile source text to .mpy v6.3 bytes, as `mpy-cross` does. Throws a Python SyntaxError. */
export function compileToMpy(source: string, file = "<stdin>"): Uint8Array {
  return writeMpy(compileText(source, file));
}
