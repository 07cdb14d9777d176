// Threads of Python code for _thread: each thread is a top-level VM loop (vm.ts callAsync), so
// it suspends on blocking calls (a contended lock, sleep, I/O) like the main program does. While
// any thread is alive, ThreadHooks make every checkpoint of a top-level loop (each TICKS
// backward jumps and calls) yield, so a busy loop in one thread lets the others run. Ready loops
// take turns through the microtask queue; once per slice the yield goes through a timer so host
// events (sleeps, I/O) are served too. Native code calling back into Python runs to completion.
import type { Kw, PyValue } from "./obj.ts";
import { isSubtype } from "./obj.ts";
import { formatException, SystemExit, toPyException } from "./obj_exception.ts";
import { activate, type InterpState, state } from "./interp_state.ts";
import { repr } from "./runtime.ts";
import { callAsync, type ThreadHooks, vmLimits, vmThreads } from "./vm.ts";

/** One thread started by start_new_thread. */
export class PyThread {
  constructor(readonly ident: number) {}
}

/** An interpreter's threads. */
class ThreadTable {
  /** The thread whose code runs now (undefined: the main thread). */
  current: PyThread | undefined = undefined;
  /** _thread.stack_size(): recorded, not used (JS has no per-thread stacks here). */
  stackSize: number | bigint = 0;
  nextIdent = MAIN_IDENT + 1;
}

/** get_ident() of the main thread; started threads count up from it. */
const MAIN_IDENT = 1;

const tables = new WeakMap<InterpState, ThreadTable>();

function tableOf(st: InterpState): ThreadTable {
  let t = tables.get(st);
  if (t === undefined) tables.set(st, t = new ThreadTable());
  return t;
}

/** The running interpreter's threads. */
export function threads(): ThreadTable {
  return tableOf(state);
}

/** get_ident(): the running thread's identifier. */
export function currentIdent(): number {
  const t = tables.get(state)?.current;
  return t === undefined ? MAIN_IDENT : t.ident;
}

// Threads alive in every interpreter of the process: the hooks are installed while non-zero.
let alive = 0;
/** When the last yield went through a timer (host events were served). */
let lastVisit = Date.now();

function switchPromise(): Promise<PyValue> {
  if (Date.now() - lastVisit < vmLimits.sliceMs) return Promise.resolve(null);
  return new Promise((resolve) =>
    setTimeout(() => {
      lastVisit = Date.now();
      resolve(null);
    }, 0)
  );
}

const hooks: ThreadHooks = {
  switchPromise,
  resumed(owner: unknown): void {
    const t = tables.get(state);
    if (t !== undefined) t.current = owner instanceof PyThread ? owner : undefined;
  },
};

/** start_new_thread: the thread starts at the running loop's next yield. */
export function startThread(fn: PyValue, args: PyValue[], kw: Kw): number {
  const st = state;
  const table = tableOf(st);
  const thread = new PyThread(table.nextIdent++);
  if (alive++ === 0) {
    lastVisit = Date.now();
    vmThreads.hooks = hooks;
  }
  queueMicrotask(() => void runThread(st, table, thread, fn, args, kw));
  return thread.ident;
}

async function runThread(
  st: InterpState,
  table: ThreadTable,
  thread: PyThread,
  fn: PyValue,
  args: PyValue[],
  kw: Kw,
): Promise<void> {
  activate(st);
  table.current = thread;
  st.depth = 0; // the other loops keep their own depth while suspended
  try {
    await callAsync(fn, args, kw, thread);
  } catch (e) {
    activate(st);
    table.current = thread;
    reportUncaught(st, fn, e);
  } finally {
    // The next loop to resume says who runs; with no thread left that is the main thread.
    table.current = undefined;
    if (--alive === 0) vmThreads.hooks = undefined;
  }
}

/** As py/modthread.c thread_entry: SystemExit ends the thread quietly, anything else is
 * printed after "Unhandled exception in thread started by <repr of the callable>". */
function reportUncaught(st: InterpState, fn: PyValue, e: unknown): void {
  const exc = toPyException(e);
  if (isSubtype(exc.type, SystemExit)) return;
  let text: string;
  try {
    text = "Unhandled exception in thread started by " + repr(fn) + "\n" + formatException(exc);
  } catch (e2) {
    text = formatException(toPyException(e2));
  }
  st.host.writeStderr(text);
}
