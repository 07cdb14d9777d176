// One MicroPython interpreter: its own builtins, sys.modules, sys.path, argv, streams and
// settings (interp_state.ts), driven through a host (host.ts). Runs whole programs the way
// MicroPython's pyexec / unix main.c do: compile or load, run as __main__, print an uncaught
// exception's traceback to stderr and turn SystemExit into an exit code. Ports (CLI, library)
// create one per run; several can run in one process, even interleaved.
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
import { BUILTIN_MODULES, newBuiltinsDict } from "./boot_table.ts";
import { mountHostRoot } from "../extmod/vfs_posix.ts";
import { type Host, memoryHost } from "./host.ts";
import { callAsync, newModuleGlobals, runCompiledModule } from "./vm.ts";
import { importModuleAsMain, importName } from "./import.ts";
import type { CompiledModule } from "./raw_code.ts";
import type { ModuleEmitKind } from "./emit.ts";

export interface InterpreterOptions {
  /** Streams, files, clock (default: no files, output discarded). */
  host?: Host;
  /** sys.argv (default []). */
  argv?: string[];
  /** micropython.opt_level() at start. */
  optLevel?: number;
  /** Code made for undecorated functions (`-X emit=`). */
  emit?: ModuleEmitKind;
  /** Extra built-in modules the port provides (e.g. socket), by import name. */
  modules?: Iterable<[string, ModuleFactory]>;
  /** Runs asm_thumb machine code (e.g. the Thumb emulator); without it, defining such a
   * function raises NotImplementedError and .mpy files with machine code are refused. */
  nativeCode?: NativeCodeRunner;
}

/** How a run ended: the process exit code, and whether SystemExit asked to leave. */
export interface RunResult {
  code: number;
  exited: boolean;
}

/** A Python exception that escaped a library call (importModule, call), with its traceback
 * formatted as MicroPython prints it. */
export class PythonError extends Error {
  constructor(readonly exception: PyBaseException) {
    super(formatException(exception).trimEnd());
    this.name = "PythonError";
  }
}

export const REPL_BANNER =
  "MicroPython v1.27.0 on 2025-12-10; upy (Deno) with TypeScript VM\nUse Ctrl-D to exit";

export class Interpreter {
  readonly state: InterpState;

  constructor(options: InterpreterOptions = {}) {
    const modules = new Map(BUILTIN_MODULES);
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
  runSource(source: string, file = "<stdin>"): Promise<RunResult> {
    return this.runMain(() => compileText(source, file), file === "<stdin>" ? undefined : file);
  }

  /** Run a .mpy file's bytes as __main__. */
  runMpy(data: Uint8Array, file: string): Promise<RunResult> {
    return this.runMain(() => loadMpy(data), file);
  }

  /** `micropython -m name`. */
  runModuleAsMain(name: string): Promise<RunResult> {
    return this.guard(() => importModuleAsMain(name));
  }

  /** One REPL entry, in the __main__ namespace kept between entries. */
  runReplLine(source: string): Promise<RunResult> {
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

  private runMain(compile: () => CompiledModule, file: string | undefined): Promise<RunResult> {
    return this.guard(() => {
      const cm = compile();
      this.state.mainGlobals = newModuleGlobals("__main__", file);
      return runCompiledModule(cm, this.state.mainGlobals);
    });
  }

  /** Run as __main__ work; prints an uncaught exception; never throws. */
  private async guard(work: () => Promise<void>): Promise<RunResult> {
    const st = this.state;
    activate(st);
    st.interruptPending = false;
    try {
      await work();
      return { code: 0, exited: false };
    } catch (e) {
      activate(st);
      if (e instanceof PyBaseException && e.type === KeyboardInterrupt) {
        st.interruptPending = false;
      }
      return this.uncaught(e);
    }
  }

  /** Exit code for an exception that escaped the program (unix main.c
   * handle_uncaught_exception). */
  private uncaught(e: unknown): RunResult {
    const exc = toPyException(e);
    if (isSubtype(exc.type, SystemExit)) {
      const v: PyValue = exc.args.items.length > 0 ? exc.args.items[0] : null;
      const code = v === null
        ? 0
        : typeof v === "number"
        ? v & 255
        : typeof v === "boolean"
        ? +v
        : 1;
      return { code, exited: true };
    }
    this.state.host.writeStderr(formatException(exc));
    return { code: 1, exited: false };
  }
}
