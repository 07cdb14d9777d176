// micropython: the MicroPython-specific module (py/modmicropython.c).
import { builtin, type PyValue } from "./obj.ts";
import { formatException, raise, RuntimeError, toPyException } from "./obj_exception.ts";
import { call } from "./runtime.ts";
import { memAlloc } from "./mod_gc.ts";
import { getSmallInt } from "./obj_int.ts";
import { requestSafePoint, state } from "./interp_state.ts";

// MICROPY_SCHEDULER_DEPTH in the unix and WebAssembly ports.
const SCHEDULE_QUEUE_MAX = 4;

// The scheduler is locked while a callback runs: safe points inside it run nothing
// (py/scheduler.c mp_sched_lock); transient, so it needs no place in the interpreter state.
let schedLocked = false;

/** True when a safe point would run a callback. */
export function schedulePending(): boolean {
  return !schedLocked && state.scheduled.length > 0;
}

/** Run the oldest queued callback, as the VM does at one safe point. An exception it raises is
 * printed and goes no further (mp_call_function_1_protected). */
export function runOneScheduled(): void {
  if (schedLocked) return;
  const item = state.scheduled.shift();
  if (item === undefined) return;
  schedLocked = true;
  try {
    call(item[0], [item[1]]);
  } catch (e) {
    state.host.writeStderr(formatException(toPyException(e)));
  } finally {
    schedLocked = false;
  }
}

/** Run every queued callback (while waiting, where each poll of the event loop runs one). */
export function runScheduled(): void {
  while (schedulePending()) runOneScheduled();
}

export function makeMicropythonModule(): [string, PyValue][] {
  const s = state;
  return [
    ["const", builtin("const", (a) => a[0], 1, 1)],
    [
      "opt_level",
      builtin(
        "opt_level",
        (a) => {
          if (a.length === 0) return s.optLevel;
          s.optLevel = getSmallInt(a[0]);
          return null;
        },
        0,
        1,
      ),
    ],
    // In the order of py/modmicropython.c's table (help(micropython) lists it so).
    [
      "mem_info",
      builtin(
        "mem_info",
        (a) => {
          const used = memAlloc();
          const total = 8 * 1024 * 1024;
          s.host.writeStdout(
            `stack: 0 out of 80000\nGC: total: ${total}, used: ${used}, free: ${total - used}\n` +
              (a.length > 0
                ? ""
                : ` No. of 1-blocks: 0, 2-blocks: 0, max blk sz: 0, max free sz: 0\n`),
          );
          return null;
        },
        0,
        1,
      ),
    ],
    [
      "qstr_info",
      builtin(
        "qstr_info",
        () => {
          s.host.writeStdout(
            "qstr pool: n_pool=0, n_qstr=0, n_str_data_bytes=0, n_total_bytes=0\n",
          );
          return null;
        },
        0,
        1,
      ),
    ],
    ["stack_use", builtin("stack_use", () => 0, 0, 0)],
    [
      "heap_lock",
      builtin("heap_lock", () => (++s.heapLockDepth, null), 0, 0),
    ],
    [
      "heap_unlock",
      builtin(
        "heap_unlock",
        () => {
          if (s.heapLockDepth > 0) --s.heapLockDepth;
          return s.heapLockDepth;
        },
        0,
        0,
      ),
    ],
    ["kbd_intr", builtin("kbd_intr", (a) => (s.kbdIntrChar = getSmallInt(a[0]), null), 1, 1)],
    [
      "schedule",
      builtin(
        "schedule",
        (a) => {
          if (s.scheduled.length >= SCHEDULE_QUEUE_MAX) raise(RuntimeError, "schedule queue full");
          s.scheduled.push([a[0], a[1]]);
          requestSafePoint();
          return null;
        },
        2,
        2,
      ),
    ],
  ];
}
