// micropython: the MicroPython-specific module (py/modmicropython.c).
import { builtin, type PyValue } from "./obj.ts";
import { raise, RuntimeError } from "./obj_exception.ts";
import { call } from "./runtime.ts";
import { memAlloc } from "./mod_gc.ts";
import { requestSafePoint, state } from "./interp_state.ts";

const SCHEDULE_QUEUE_MAX = 8;

/** Run and clear queued callbacks (called by the VM at backward jumps and calls). */
export function runScheduled(): void {
  const q = state.scheduled;
  while (q.length > 0) {
    const [fn, arg] = q.shift()!;
    call(fn, [arg]);
  }
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
          s.optLevel = a[0] as number;
          return null;
        },
        0,
        1,
      ),
    ],
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
    ["kbd_intr", builtin("kbd_intr", (a) => (s.kbdIntrChar = a[0] as number, null), 1, 1)],
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
  ];
}
