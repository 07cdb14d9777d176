// micropython: the MicroPython-specific module (py/modmicropython.c).
import { builtin, type PyValue } from "./obj.ts";
import { raise, RuntimeError } from "./obj_exception.ts";
import { call, heapState } from "./runtime.ts";
import { memAlloc } from "./mod_gc.ts";

/** Interpreter settings and queues the VM and the CLI read. */
export const micropythonState = {
  optLevel: 0,
  heapLockDepth: 0,
  /** Character that raises KeyboardInterrupt (-1 = disabled). */
  kbdIntrChar: 3,
  /** Callbacks queued by micropython.schedule; the VM runs them at safe points. */
  scheduled: [] as [PyValue, PyValue][],
  /** Output sink for mem_info/qstr_info (the port installs one). */
  write: (_text: string) => {},
  /** Called when Python code should reach a safe point soon (Ctrl-C, a scheduled callback):
   * the VM shortens its countdown, waits in progress wake up. */
  checkListeners: [] as (() => void)[],
  requestCheck(): void {
    for (const listener of this.checkListeners) listener();
  },
};

const SCHEDULE_QUEUE_MAX = 8;

/** Run and clear queued callbacks (called by the VM at backward jumps and calls). */
export function runScheduled(): void {
  const q = micropythonState.scheduled;
  while (q.length > 0) {
    const [fn, arg] = q.shift()!;
    call(fn, [arg]);
  }
}

export function makeMicropythonModule(): [string, PyValue][] {
  const s = micropythonState;
  return [
    ["const", builtin("const", (a) => a[0], 1, 1)],
    [
      "opt_level",
      builtin(
        "opt_level",
        (a) => {
          if (a.length === 0) return s.optLevel;
          s.optLevel = a[0] as number;
          return null;
        },
        0,
        1,
      ),
    ],
    [
      "heap_lock",
      builtin("heap_lock", () => (heapState.locked = ++s.heapLockDepth, null), 0, 0),
    ],
    [
      "heap_unlock",
      builtin(
        "heap_unlock",
        () => {
          if (s.heapLockDepth > 0) heapState.locked = --s.heapLockDepth;
          return s.heapLockDepth;
        },
        0,
        0,
      ),
    ],
    ["kbd_intr", builtin("kbd_intr", (a) => (s.kbdIntrChar = a[0] as number, null), 1, 1)],
    [
      "schedule",
      builtin(
        "schedule",
        (a) => {
          if (s.scheduled.length >= SCHEDULE_QUEUE_MAX) raise(RuntimeError, "schedule queue full");
          s.scheduled.push([a[0], a[1]]);
          s.requestCheck();
          return null;
        },
        2,
        2,
      ),
    ],
    [
      "mem_info",
      builtin(
        "mem_info",
        (a) => {
          const used = memAlloc();
          const total = 8 * 1024 * 1024;
          s.write(
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
          s.write("qstr pool: n_pool=0, n_qstr=0, n_str_data_bytes=0, n_total_bytes=0\n");
          return null;
        },
        0,
        1,
      ),
    ],
    ["stack_use", builtin("stack_use", () => 0, 0, 0)],
  ];
}
