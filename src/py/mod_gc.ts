// gc: the JS engine collects garbage itself; these keep MicroPython's API and report a
// nominal heap so programs that print mem_free() deltas keep working (py/modgc.c).
import { builtin, type PyValue } from "./obj.ts";

const HEAP_TOTAL = 8 * 1024 * 1024;
let enabled = true;
let threshold = -1;

export function makeGcModule(): [string, PyValue][] {
  return [
    ["collect", builtin("collect", () => null, 0, 0)],
    ["enable", builtin("enable", () => (enabled = true, null), 0, 0)],
    ["disable", builtin("disable", () => (enabled = false, null), 0, 0)],
    ["isenabled", builtin("isenabled", () => enabled, 0, 0)],
    ["mem_alloc", builtin("mem_alloc", () => memAlloc(), 0, 0)],
    ["mem_free", builtin("mem_free", () => HEAP_TOTAL - memAlloc(), 0, 0)],
    [
      "threshold",
      builtin(
        "threshold",
        (a) => {
          if (a.length === 0) return threshold;
          threshold = a[0] as number;
          return null;
        },
        0,
        1,
      ),
    ],
  ];
}

/** A plausible "bytes in use" figure from the JS heap, bounded by the nominal heap. */
export function memAlloc(): number {
  const used = typeof Deno !== "undefined" ? Deno.memoryUsage().heapUsed : 0;
  return Math.min(HEAP_TOTAL - 4096, Math.floor(used / 64) & ~15);
}
