// The per-run state of one interpreter (MicroPython's mp_state_ctx): its builtins, sys.modules,
// sys.path, sys.argv, host, compile settings, heap lock, scheduler queue and interrupt flag.
//
// JavaScript runs one piece of code at a time, so exactly one interpreter is "running" at any
// moment: `state` points at it, as MicroPython's MP_STATE_VM points at its one context. Every
// way into Python code (starting a run, resuming after an await, a host callback that runs
// Python) calls `activate` with its own interpreter's state first; the VM's hot paths read
// `state` like a register. Two interpreters can therefore run interleaved in one process and
// never see each other's data.
import type { PyValue } from "./obj.ts";
import { PyDict } from "./obj_dict.ts";
import { PyList } from "./obj_list.ts";
import type { Host } from "./host.ts";
import type { RawCode } from "./raw_code.ts";
import type { PyModule } from "./obj_module.ts";
import type { Frame } from "./vm_frame.ts";
import type { ModuleEmitKind } from "./emit.ts";
import type { Code, ModuleContext } from "./vm_prelude.ts";

/** A built-in module's maker: member rows, or a ready module object. */
export type ModuleFactory = () => [string, PyValue][] | PyModule;

/** Where MAKE_FUNCTION/MAKE_CLOSURE makes a machine-code function: its module's context and
 * globals, and what the opcode took from the stack. */
export interface NativeSite {
  ctx: ModuleContext;
  globals: PyDict;
  defaults?: PyValue[];
  kwDefaults?: PyDict;
  closure?: PyValue[];
}

/** Makes the callable for a machine-code raw code (run by the port, e.g. in the Thumb
 * emulator). `runsNative`: it also runs @native/@viper code, not only asm_thumb functions
 * (the .mpy loader accepts those files only then). */
export type NativeCodeRunner = ((raw: RawCode, site: NativeSite) => PyValue) & {
  readonly runsNative?: boolean;
};

/** Machine code running now (mp_globals_get and where it was entered from). */
export interface NativeScope {
  globals: PyDict;
  readonly frame: Frame | undefined;
  /** `suspendable` of the caller, restored when the machine call returns. */
  readonly callerSuspendable: boolean;
}

/** A filesystem object mounted at `path` (vfs.mount): "/" or "/name". */
export interface VfsMount {
  readonly path: string;
  readonly obj: PyValue;
}

export class InterpState {
  /** sys.modules. */
  readonly modules = new PyDict();
  readonly argv = new PyList([]);
  readonly path = new PyList(["", ".frozen", "~/.micropython/lib", "/usr/lib/micropython"]);
  /** micropython.opt_level(). */
  optLevel = 0;
  /** Code made for functions without a decorator (`-X emit=`). */
  emit: ModuleEmitKind = "bytecode";
  /** micropython.heap_lock() nesting; allocations raise MemoryError while non-zero. */
  heapLockDepth = 0;
  /** Non-zero while allocations must take heap.ts's slow path (locked, or the heap is full). */
  allocGate = 0;
  /** The nominal heap (-X heapsize); the unix port's default on 64-bit machines is 2 MiB. */
  heapBytes = 2 * 1024 * 1024;
  /** micropython.mem_peak(): the highest mem_current() seen. */
  memPeak = 0;
  /** Character that raises KeyboardInterrupt (-1 = disabled). */
  kbdIntrChar = 3;
  /** Callbacks queued by micropython.schedule; the VM runs them at safe points. */
  scheduled: [PyValue, PyValue][] = [];
  /** The exception an `except`/`finally` handler is running for (sys.exc_info); cleared when
   * the handler's block is popped, as py/vm.c does. */
  curException: PyValue | undefined = undefined;
  /** Ctrl-C arrived: KeyboardInterrupt at the next safe point. */
  interruptPending = false;
  /** The REPL's __main__ namespace, kept between lines. */
  mainGlobals: PyDict | undefined;
  gcEnabled = true;
  gcThreshold = -1;
  /** gc.mem_alloc() at the last collection (-1: none yet) and the host's allocation counter
   * then (mod_gc.ts). */
  gcBase = -1;
  gcMark = 0;
  /** The host's allocation counter at the last mem_alloc() reading (-1: none), and its value. */
  gcSampleAt = -1;
  gcSampleUsed = 0;
  /** Nominal bytes of large sequences made so far (heap.ts noteLargeAlloc), and the tally at the
   * last collection and at the last mem_alloc() reading: the host's allocation counter moves
   * in steps too coarse to show one such allocation. */
  gcTally = 0;
  gcTallyMark = 0;
  gcSampleTally = 0;
  /** Host objects that select.poll can watch by file descriptor number (sockets), beyond the
   * standard streams. */
  readonly fds = new Map<number, { pollReady(events: number): number }>();
  /** vfs.mount()'s table, newest first, and the mount holding the current directory
   * (undefined: the virtual root, when "/" has nothing mounted). */
  vfsMounts: VfsMount[] = [];
  vfsCur: VfsMount | undefined = undefined;

  // The VM's view of this interpreter's run (vm.ts).
  /** Python frames alive, for "maximum recursion depth exceeded". */
  depth = 0;
  /** True while the innermost running loop is the suspendable top-level one. */
  suspendable = false;
  /** The frame of the innermost running loop (globals(), locals(), exec). */
  frame: Frame | undefined = undefined;
  /** mp_locals_get() for machine code: the namespace of the native class body (or exec'd
   * native code) running now; undefined = the globals, as at a module's top level. */
  nativeLocals: PyDict | undefined = undefined;
  /** mp_globals_get() while machine code runs, and the VM frame it was entered from: while
   * `frame` is still that frame, machine code is the innermost scope (globals(), exec). */
  nativeScope: NativeScope | undefined = undefined;
  /** -X jit (vm_jit.ts): 0 off, 1 hot functions, 2 every function that can be. */
  jitMode = 1;
  /** @native functions from source run as their bytecode twins (InterpreterOptions). */
  nativeTwins = true;
  /** Code objects the JavaScript tier compiled, in order (`-v` reports them). */
  jitCompiled: Code[] = [];

  constructor(
    readonly host: Host,
    /** The builtins namespace: the last resort of LOAD_NAME/LOAD_GLOBAL. */
    readonly builtins: PyDict,
    /** Built-in modules this interpreter can import, by name. */
    readonly moduleTable: ReadonlyMap<string, ModuleFactory>,
    readonly nativeCode: NativeCodeRunner | undefined,
  ) {}
}

/** The interpreter whose code runs now. */
export let state: InterpState = undefined as unknown as InterpState;

/** Make `s` the running interpreter. */
export function activate(s: InterpState): void {
  state = s;
}

/** Run `f` with `locals` as machine code's current namespace (mp_locals_set around it). */
export function withNativeLocals<T>(locals: PyDict | undefined, f: () => T): T {
  const st = state;
  const old = st.nativeLocals;
  st.nativeLocals = locals;
  try {
    return f();
  } finally {
    st.nativeLocals = old;
  }
}

// Ctrl-C and micropython.schedule ask for a safe point soon: the VM shortens its countdown and
// waits in progress wake up to notice.
const safePointListeners: (() => void)[] = [];

export function onSafePointRequest(listener: () => void): void {
  safePointListeners.push(listener);
}

export function requestSafePoint(): void {
  for (const listener of safePointListeners) listener();
}
