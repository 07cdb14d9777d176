// One MicroPython interpreter: its own builtins, sys.modules, sys.path, argv, streams and
// settings (interp_state.ts), driven through a host (host.ts). Runs whole programs the way
// MicroPython's pyexec / unix main.c do: compile or load, run as __main__, run a scheduled
// callback still pending, print an uncaught exception's traceback (to stderr unless the run
// says otherwise) and turn SystemExit into an exit code. Ports (CLI, library) create one per
// run; several can run in one process, even interleaved.
import "./runtime_init.ts";
import { compileText, loadMpy } from "./runtime_init.ts";
import type { PyValue } from "./obj.ts";
import { isSubtype } from "./obj.ts";
import {
  formatException,
  KeyboardInterrupt,
  NameError,
  PyBaseException,
  raise,
  SystemExit,
  toPyException,
} from "./obj_exception.ts";
import type { PyDict } from "./obj_dict.ts";
import type { PyModule } from "./obj_module.ts";
import {
  activate,
  InterpState,
  type ModuleFactory,
  type NativeCodeRunner,
  requestSafePoint,
} from "./interp_state.ts";
import { BUILTIN_MODULES, LAZY_CORE, newBuiltinsDict } from "./boot_table.ts";
import {
  JIT_PART,
  lazyFactory,
  type LazyPart,
  loadParts,
  mayNeedJit,
  mayNeedLazyModules,
} from "./lazy_modules.ts";
import { mountHostRoot } from "../extmod/vfs_posix.ts";
import { type Host, memoryHost } from "./host.ts";
import { callAsync, newModuleGlobals, runCompiledModule } from "./vm.ts";
import { runOneScheduled } from "./mod_micropython.ts";
import { str } from "./runtime.ts";
import { importModuleAsMain, importName } from "./import.ts";
import type { CompiledModule } from "./raw_code.ts";
import type { ModuleEmitKind } from "./emit.ts";
import { JIT_MODES, type JitMode } from "./vm_jit.ts";

export interface InterpreterOptions {
  /** Streams, files, clock (default: no files, output discarded). */
  host?: Host;
  /** sys.argv (default []). */
  argv?: string[];
  /** micropython.opt_level() at start. */
  optLevel?: number;
  /** Code made for undecorated functions (`-X emit=`). */
  emit?: ModuleEmitKind;
  /** The JavaScript tier (`-X jit=`): off, on for hot functions (default), or eager. */
  jit?: JitMode;
  /** Extra built-in modules the port provides (e.g. socket), by import name. */
  modules?: Iterable<[string, ModuleFactory]>;
  /** More built-in modules the port provides, loaded on demand (see lazy_modules.ts). */
  lazy?: readonly LazyPart[];
  /** Runs asm_thumb machine code (e.g. the Thumb emulator); without it, defining such a
   * function raises NotImplementedError and .mpy files with machine code are refused. */
  nativeCode?: NativeCodeRunner;
  /** @native functions from source run as bytecode for the JIT tier (default true); false runs
   * their Thumb code in `nativeCode`'s emulator, as a board would (tests of the emulator). */
  nativeTwins?: boolean;
}

/** How a run ended: the process exit code, and whether SystemExit asked to leave. */
export interface RunResult {
  code: number;
  exited: boolean;
}

/** How a run reports an exception that escapes it. The unix port differs by entry point:
 * `-c` and a script print the traceback on stdout, print a SystemExit value that is not an int
 * (or None) to stderr, and end with 130 on KeyboardInterrupt; `-m` and piped stdin print the
 * traceback on stderr and nothing for SystemExit, and end with 1. The defaults are the latter. */
export interface UncaughtReport {
  /** Where the traceback goes (default "stderr"). */
  traceback?: "stdout" | "stderr";
  /** SystemExit: an int is the exit status (its low 8 bits), None is 0, anything else (bool
   * too) is printed as str() to stderr and gives 1. Default: bool as its int, nothing printed. */
  printExitValue?: boolean;
  /** Exit status after an uncaught KeyboardInterrupt (default 1). */
  interruptStatus?: number;
}

/** `-c` and scripts as the unix port 1.27 runs them (see UncaughtReport). */
export const SCRIPT_REPORT: UncaughtReport = {
  traceback: "stdout",
  printExitValue: true,
  interruptStatus: 130,
};

/** A Python exception that escaped a library call (importModule, call), with its traceback
 * formatted as MicroPython prints it. */
export class PythonError extends Error {
  constructor(readonly exception: PyBaseException) {
    super(formatException(exception).trimEnd());
    this.name = "PythonError";
  }
}

/** MICROPY_BANNER_NAME_AND_VERSION "; " MICROPY_BANNER_MACHINE: the REPL's first line and
 * `--version` (the REPL adds 'Type "help()" for more information.'). */
export const REPL_BANNER = "MicroPython v1.27.0 on 2025-12-10; upy (Deno) with TypeScript VM";

export class Interpreter {
  readonly state: InterpState;
  /** The parts loaded on demand: prepare() loads them before code that may need them runs. */
  private readonly lazy: readonly LazyPart[];

  constructor(options: InterpreterOptions = {}) {
    const modules = new Map(BUILTIN_MODULES);
    this.lazy = [LAZY_CORE, ...(options.lazy ?? [])];
    for (const part of this.lazy) {
      for (const name of part.names) modules.set(name, lazyFactory(part, name));
    }
    for (const [name, factory] of options.modules ?? []) modules.set(name, factory);
    this.state = new InterpState(
      options.host ?? memoryHost(),
      newBuiltinsDict(),
      modules,
      options.nativeCode,
    );
    if (options.argv) this.setArgv(options.argv);
    if (options.optLevel !== undefined) this.state.optLevel = options.optLevel;
    if (options.emit !== undefined) this.state.emit = options.emit;
    if (options.jit !== undefined) this.state.jitMode = JIT_MODES.indexOf(options.jit);
    if (options.nativeTwins !== undefined) this.state.nativeTwins = options.nativeTwins;
    // As MicroPython's unix port: a host with a file system has it mounted at "/".
    if (this.state.host.fs !== undefined) mountHostRoot(this.state);
  }

  get host(): Host {
    return this.state.host;
  }

  setArgv(argv: string[]): void {
    this.state.argv.items.splice(0, Infinity, ...argv);
  }

  /** sys.path[0]: the script's folder ("" for -c, -m and the REPL). */
  setPathHead(dir: string): void {
    this.state.path.items[0] = dir;
  }

  /** Ctrl-C: raise KeyboardInterrupt in this interpreter's running Python code. */
  interrupt(): void {
    this.state.interruptPending = true;
    requestSafePoint();
  }

  /** Run source text as __main__. */
  async runSource(
    source: string,
    file = "<stdin>",
    report: UncaughtReport = {},
  ): Promise<RunResult> {
    await this.prepare(source);
    const name = file === "<stdin>" ? undefined : file;
    return this.runMain(() => compileText(source, file), name, report);
  }

  /** Run a .mpy file's bytes as __main__. */
  async runMpy(data: Uint8Array, file: string, report: UncaughtReport = {}): Promise<RunResult> {
    await this.prepare();
    return this.runMain(() => loadMpy(data), file, report);
  }

  /** `micropython -m name`. */
  async runModuleAsMain(name: string, report: UncaughtReport = {}): Promise<RunResult> {
    await this.prepare();
    return this.guard(() => importModuleAsMain(name), report);
  }

  /** Load the modules that load on demand (and the machine-code backends), unless `source` is
   * given and cannot reach them (an import statement cannot wait for them). The sync entry
   * points (importModule, call of code that no run has prepared for) need this awaited first. */
  prepare(source?: string): Promise<void> {
    const bytecodeOnly = this.state.emit === "bytecode"; // -X emit=native compiles everything
    if (source === undefined) return loadParts([...this.lazy, JIT_PART]);
    const parts = bytecodeOnly && !mayNeedLazyModules(source) ? [] : [...this.lazy];
    // An imported module may have hot functions too.
    if (parts.length > 0 || mayNeedJit(source)) parts.push(JIT_PART);
    return parts.length === 0 ? Promise.resolve() : loadParts(parts);
  }

  /** One REPL entry, in the __main__ namespace kept between entries. */
  async runReplLine(source: string): Promise<RunResult> {
    await this.prepare();
    return this.guard(() => {
      const cm = compileText(source, "<stdin>", "single");
      this.state.mainGlobals ??= newModuleGlobals("__main__");
      return runCompiledModule(cm, this.state.mainGlobals);
    });
  }

  /** Import a module (or dotted submodule) as `import name` would, and return it. Throws
   * PythonError when the import raises. */
  importModule(name: string): PyModule {
    return this.sync(() => importName(name, true, 0, undefined));
  }

  /** __main__'s globals (made by the first run). */
  get globals(): PyDict {
    return this.state.mainGlobals ??= newModuleGlobals("__main__");
  }

  /** A global of __main__, or undefined. Values are upy's: int as number or bigint, str as
   * string, None as null, True/False as booleans, other objects as they are. */
  getGlobal(name: string): PyValue | undefined {
    return this.globals.get(name);
  }

  setGlobal(name: string, value: PyValue): void {
    this.globals.set(name, value);
  }

  /** Call a callable (e.g. a global function) on the suspendable loop, so it may sleep or
   * wait for I/O. Throws PythonError when it raises. */
  async call(fn: PyValue | string, ...args: PyValue[]): Promise<PyValue> {
    activate(this.state);
    const target = typeof fn === "string" ? this.sync(() => this.lookup(fn)) : fn;
    try {
      return await callAsync(target, args);
    } catch (e) {
      throw new PythonError(toPyException(e));
    } finally {
      activate(this.state);
    }
  }

  private lookup(name: string): PyValue {
    const v = this.getGlobal(name) ?? this.state.builtins.get(name);
    return v !== undefined ? v : raise(NameError, `name '${name}' isn't defined`);
  }

  /** Run synchronous work in this interpreter; Python exceptions become PythonError. */
  private sync<T>(work: () => T): T {
    activate(this.state);
    try {
      return work();
    } catch (e) {
      throw new PythonError(toPyException(e));
    }
  }

  private runMain(
    compile: () => CompiledModule,
    file: string | undefined,
    report: UncaughtReport,
  ): Promise<RunResult> {
    return this.guard(() => {
      const cm = compile();
      this.state.mainGlobals = newModuleGlobals("__main__", file);
      return runCompiledModule(cm, this.state.mainGlobals);
    }, report);
  }

  /** Run as __main__ work; prints an uncaught exception; never throws. */
  private async guard(work: () => Promise<void>, report: UncaughtReport = {}): Promise<RunResult> {
    const st = this.state;
    activate(st);
    st.interruptPending = false;
    let failure: unknown = undefined;
    let failed = false;
    try {
      await work();
    } catch (e) {
      failure = e;
      failed = true;
    }
    activate(st);
    if (failure instanceof PyBaseException && isSubtype(failure.type, KeyboardInterrupt)) {
      st.interruptPending = false;
    }
    // As pyexec: a callback still scheduled when the program ends runs (one, before the
    // traceback is printed).
    runOneScheduled();
    return failed ? this.uncaught(failure, report) : { code: 0, exited: false };
  }

  /** Exit code for an exception that escaped the program, printed as `report` says (unix
   * main.c handle_uncaught_exception). */
  private uncaught(e: unknown, report: UncaughtReport): RunResult {
    const exc = toPyException(e);
    const host = this.state.host;
    if (isSubtype(exc.type, SystemExit)) {
      const v: PyValue = exc.args.items.length > 0 ? exc.args.items[0] : null;
      return { code: exitStatus(v, report.printExitValue === true, host), exited: true };
    }
    const text = formatException(exc);
    if (report.traceback === "stdout") host.writeStdout(text);
    else host.writeStderr(text);
    const interrupted = isSubtype(exc.type, KeyboardInterrupt);
    return { code: interrupted ? report.interruptStatus ?? 1 : 1, exited: false };
  }
}

/** SystemExit's value as an exit status; with `print`, a value that is not an int or None is
 * written to stderr (as the unix port's `-c` and scripts do). */
function exitStatus(v: PyValue, print: boolean, host: Host): number {
  if (v === null) return 0;
  if (typeof v === "number") return v & 255;
  if (print && typeof v === "bigint") return Number(BigInt.asUintN(8, v));
  if (!print) return typeof v === "boolean" ? +v : 1;
  let text: string;
  try {
    text = str(v);
  } catch {
    // Printed outside any handler in the unix port: a __str__ that raises is fatal there.
    host.writeStderr("FATAL: uncaught NLR 0x7f0000000000\n");
    return 1;
  }
  host.writeStderr(text + "\n");
  return 1;
}
