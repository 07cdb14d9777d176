// gc: the JS engine collects garbage itself; these keep MicroPython's API and report a
// nominal heap that behaves like MicroPython's (py/modgc.c): mem_alloc() grows with every
// allocation (the host's allocation counter, scaled down) and drops only at a collection,
// explicit or when the nominal heap fills up.
import { builtin, type PyValue } from "./obj.ts";
import { state } from "./interp_state.ts";
import { getSmallInt } from "./obj_int.ts";

const HEAP_TOTAL = 8 * 1024 * 1024;
const GC_BLOCK_BYTES = 16;

export function makeGcModule(): [string, PyValue][] {
  const s = state;
  return [
    ["collect", builtin("collect", () => (collect(), null), 0, 0)],
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
          // Kept in whole GC blocks (16 bytes on the 32-bit reference build); negative: off.
          const n = getSmallInt(a[0]);
          s.gcThreshold = n < 0 ? -1 : n - (n % GC_BLOCK_BYTES);
          return null;
        },
        0,
        1,
      ),
    ],
  ];
}

/** Host bytes per nominal heap byte: upy's objects are larger than MicroPython's. */
const SCALE = 64;

/** A collection: the nominal heap restarts from what the host's heap holds now. */
function collect(): void {
  const s = state;
  s.gcBase = Math.min(HEAP_TOTAL / 2, s.host.memoryUsed() / SCALE);
  s.gcMark = s.host.allocatedBytes();
}

/** Bytes in use on the nominal heap (gc.mem_alloc, micropython.mem_info). */
export function memAlloc(): number {
  const s = state;
  if (s.gcBase < 0) collect();
  let used = s.gcBase + (s.host.allocatedBytes() - s.gcMark) / SCALE;
  if (used > HEAP_TOTAL - 4096) {
    collect();
    used = s.gcBase;
  }
  return Math.floor(used) & ~15;
}
