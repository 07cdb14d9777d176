// Running a whole program the way MicroPython's pyexec / unix main.c do: compile or load it, run
// it as __main__, print an uncaught exception's traceback to stderr and turn SystemExit into an
// exit code. Ports (CLI, library) call this; it never touches Deno APIs itself.
import { compileSettings, compileText } from "./runtime_init.ts";
import type { PyValue } from "./obj.ts";
import {
  formatException,
  KeyboardInterrupt,
  PyBaseException,
  SystemExit,
  toPyException,
} from "./obj_exception.ts";
import { portIO } from "./port_io.ts";
import { sysArgv, sysPath } from "./mod_sys.ts";
import { micropythonState } from "./mod_micropython.ts";
import { isSubtype } from "./obj.ts";
import { interrupt, loadCode, newModuleGlobals, runModule } from "./vm.ts";
import { fsHook, importModuleAsMain } from "./import.ts";
import { readMpy } from "../mpy/reader.ts";
import type { CompiledModule } from "./raw_code.ts";
import type { PyDict } from "./obj_dict.ts";

export type Program =
  | { kind: "source"; source: string; file: string }
  | { kind: "mpy"; data: Uint8Array; file: string }
  | { kind: "module"; name: string }
  | { kind: "repl"; source: string };

/** How a run ended: the process exit code, and whether SystemExit asked to leave. */
export interface RunResult {
  code: number;
  exited: boolean;
}

export const REPL_BANNER =
  "MicroPython v1.27.0 on 2025-12-10; upy (Deno) with TypeScript VM\nUse Ctrl-D to exit";

export interface HostConfig {
  readFile?: (path: string) => Uint8Array | undefined;
  isDir?: (path: string) => boolean;
  optLevel?: number;
  emit?: "bytecode" | "native" | "viper";
}

/** Install the host's file access and compile options. */
export function configureHost(config: HostConfig): void {
  if (config.readFile) fsHook.readFile = config.readFile;
  if (config.isDir) fsHook.isDir = config.isDir;
  if (config.optLevel !== undefined) micropythonState.optLevel = config.optLevel;
  if (config.emit) compileSettings.emit = config.emit;
}

export function setArgv(argv: string[]): void {
  sysArgv.items.length = 0;
  sysArgv.items.push(...argv);
}

/** sys.path[0]: the script's folder ("" for -c, -m and the REPL). */
export function setPathHead(dir: string): void {
  sysPath.items[0] = dir;
}

/** Ctrl-C: raise KeyboardInterrupt in the running Python code. */
export function interruptRunning(): void {
  interrupt.pending = true;
  micropythonState.requestCheck();
}

let mainGlobals: PyDict | undefined;

/** Exit code for an exception that escaped the program (unix main.c handle_uncaught_exception). */
function uncaught(e: unknown): RunResult {
  const exc = toPyException(e);
  if (isSubtype(exc.type, SystemExit)) {
    const v: PyValue = exc.args.items.length > 0 ? exc.args.items[0] : null;
    const code = v === null ? 0 : typeof v === "number" ? v & 255 : typeof v === "boolean" ? +v : 1;
    return { code, exited: true };
  }
  portIO.writeStderr(formatException(exc));
  return { code: 1, exited: false };
}

/** Run a program as __main__; prints uncaught exceptions; never throws. */
export async function execute(program: Program): Promise<RunResult> {
  interrupt.pending = false;
  try {
    if (program.kind === "module") {
      await importModuleAsMain(program.name);
      return { code: 0, exited: false };
    }
    let cm: CompiledModule;
    let file: string | undefined;
    if (program.kind === "repl") {
      cm = compileText(program.source, "<stdin>", "single");
    } else if (program.kind === "mpy") {
      cm = readMpy(program.data);
      file = program.file;
    } else {
      cm = compileText(program.source, program.file);
      if (program.file !== "<stdin>") file = program.file;
    }
    if (program.kind !== "repl" || mainGlobals === undefined) {
      mainGlobals = newModuleGlobals("__main__", file);
    }
    await runModule(loadCode(cm), mainGlobals);
    return { code: 0, exited: false };
  } catch (e) {
    if (e instanceof PyBaseException && e.type === KeyboardInterrupt) interrupt.pending = false;
    return uncaught(e);
  }
}
