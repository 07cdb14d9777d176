// micropython: the MicroPython-specific module (py/modmicropython.c).
import { builtin, type PyValue } from "./obj.ts";
import {
  formatException,
  raise,
  RuntimeError,
  toPyException,
  ValueError,
} from "./obj_exception.ts";
import { JIT_MODES } from "./vm_jit.ts";
import { call } from "./runtime.ts";
import { gcTotal, memAlloc, memPeak, memTotal } from "./mod_gc.ts";
import { heapLock, heapUnlock } from "./heap.ts";
import { ringIOType } from "./obj_ringio.ts";
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
 * printed (on stdout, as the unix port prints it) and goes no further
 * (mp_call_function_1_protected). */
export function runOneScheduled(): void {
  if (schedLocked) return;
  const item = state.scheduled.shift();
  if (item === undefined) return;
  schedLocked = true;
  try {
    call(item[0], [item[1]]);
  } catch (e) {
    state.host.writeStdout(formatException(toPyException(e)));
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
    ["RingIO", ringIOType],
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
    ["mem_total", builtin("mem_total", () => memTotal(), 0, 0)],
    ["mem_current", builtin("mem_current", () => memAlloc(true), 0, 0)],
    ["mem_peak", builtin("mem_peak", () => memPeak(), 0, 0)],
    [
      "mem_info",
      builtin("mem_info", (a) => (s.host.writeStdout(memInfo(a.length > 0)), null), 0, 1),
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
    ["heap_lock", builtin("heap_lock", () => (heapLock(), null), 0, 0)],
    ["heap_unlock", builtin("heap_unlock", () => heapUnlock(), 0, 0)],
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
    // upy's own: the JavaScript tier's mode, as -X jit= sets it (functions defined later follow
    // a change; ones already compiled stay compiled).
    [
      "jit",
      builtin(
        "jit",
        (a) => {
          if (a.length === 0) return JIT_MODES[s.jitMode];
          const m = JIT_MODES.indexOf(a[0] as typeof JIT_MODES[number]);
          if (m < 0) raise(ValueError, "jit mode must be 'off', 'on' or 'eager'");
          s.jitMode = m;
          return null;
        },
        0,
        1,
      ),
    ],
  ];
}

const GC_BLOCK = 32;
const LAYOUT_LINE_BLOCKS = 64;

/** micropython.mem_info() as the unix port prints it, over the nominal heap; `verbose` adds the
 * block map (gc_dump_alloc_table), with used blocks first. */
function memInfo(verbose: boolean): string {
  const total = gcTotal();
  const used = memAlloc();
  const free = total - used;
  const usedBlocks = used / GC_BLOCK;
  let out = `mem: total=${memTotal()}, current=${used}, peak=${memPeak()}\n` +
    `stack: 0 out of 80000\n` +
    `GC: total: ${total}, used: ${used}, free: ${free}\n` +
    ` No. of 1-blocks: ${Math.floor(usedBlocks / 4)}, 2-blocks: ${Math.floor(usedBlocks / 8)}, ` +
    `max blk sz: ${Math.min(usedBlocks, 12)}, max free sz: ${Math.floor(free / GC_BLOCK)}\n`;
  if (!verbose) return out;
  const blocks = total / GC_BLOCK;
  const lines = Math.ceil(blocks / LAYOUT_LINE_BLOCKS);
  const row = (i: number) => {
    const first = i * LAYOUT_LINE_BLOCKS;
    const n = Math.min(LAYOUT_LINE_BLOCKS, blocks - first);
    let cells = "";
    for (let b = first; b < first + n; b++) cells += b < usedBlocks ? (b % 4 ? "=" : "h") : ".";
    return `${(first * GC_BLOCK).toString(16).padStart(8, "0")}: ${cells}\n`;
  };
  out += "GC memory layout; from 0:\n";
  const usedLines = Math.ceil(usedBlocks / LAYOUT_LINE_BLOCKS);
  for (let i = 0; i < usedLines; i++) out += row(i);
  if (lines - 1 > usedLines) out += `       (${lines - 1 - usedLines} lines all free)\n`;
  if (lines - 1 >= usedLines) out += row(lines - 1);
  return out;
}
