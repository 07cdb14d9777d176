// gc: the JS engine collects garbage itself; these keep MicroPython's API and report a
// nominal heap so programs that print mem_free() deltas keep working (py/modgc.c).
import { builtin, type PyValue } from "./obj.ts";
import { state } from "./interp_state.ts";

const HEAP_TOTAL = 8 * 1024 * 1024;

export function makeGcModule(): [string, PyValue][] {
  const s = state;
  return [
    ["collect", builtin("collect", () => null, 0, 0)],
    ["enable", builtin("enable", () => (s.gcEnabled = true, null), 0, 0)],
    ["disable", builtin("disable", () => (s.gcEnabled = false, null), 0, 0)],
    ["isenabled", builtin("isenabled", () => s.gcEnabled, 0, 0)],
    ["mem_alloc", builtin("mem_alloc", () => memAlloc(), 0, 0)],
    ["mem_free", builtin("mem_free", () => HEAP_TOTAL - memAlloc(), 0, 0)],
    [
      "threshold",
      builtin(
        "threshold",
        (a) => {
          if (a.length === 0) return s.gcThreshold;
          s.gcThreshold = a[0] as number;
          return null;
        },
        0,
        1,
      ),
    ],
  ];
}

/** A plausible "bytes in use" figure from the host's heap, bounded by the nominal heap. */
export function memAlloc(): number {
  return Math.min(HEAP_TOTAL - 4096, Math.floor(state.host.memoryUsed() / 64) & ~15);
}
