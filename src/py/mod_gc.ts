// gc: the JS engine collects garbage itself; these keep MicroPython's API and report a
// nominal heap that behaves like MicroPython's (py/modgc.c): mem_alloc() grows with every
// allocation (the host's allocation counter, scaled down) and drops only at a collection,
// explicit or when the nominal heap fills up.
import { builtin, type PyValue } from "./obj.ts";
import { state } from "./interp_state.ts";
import { getSmallInt } from "./obj_int.ts";
import { gcPoolBytes } from "./heap.ts";

/** gc.mem_free() + gc.mem_alloc(): the pool of the nominal heap (-X heapsize). */
export function gcTotal(): number {
  return gcPoolBytes(state.heapBytes);
}
const GC_BLOCK_BYTES = 16;

export function makeGcModule(): [string, PyValue][] {
  const s = state;
  return [
    ["collect", builtin("collect", () => (collect(), null), 0, 0)],
    ["enable", builtin("enable", () => (s.gcEnabled = true, null), 0, 0)],
    ["disable", builtin("disable", () => (s.gcEnabled = false, null), 0, 0)],
    ["isenabled", builtin("isenabled", () => s.gcEnabled, 0, 0)],
    ["mem_alloc", builtin("mem_alloc", () => memAlloc(), 0, 0)],
    ["mem_free", builtin("mem_free", () => gcTotal() - memAlloc(), 0, 0)],
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
const SAMPLE_BYTES = 2 * 1024 * 1024;

/** A collection: the nominal heap restarts from what the host's heap holds now. */
function collect(): void {
  const s = state;
  s.gcSampleAt = -1;
  s.gcBase = Math.min(gcTotal() / 2, s.host.memoryUsed() / SCALE);
  s.gcMark = s.host.allocatedBytes();
  s.gcTallyMark = s.gcTally;
}

/** Bytes in use on the nominal heap (gc.mem_alloc, micropython.mem_info). */
export function memAlloc(fresh = false): number {
  const s = state;
  if (s.gcBase < 0) collect();
  const raw = s.host.allocatedBytes();
  // The host's counter moves in big steps (reading it allocates tens of kilobytes): a reading
  // within SAMPLE_BYTES of the last one repeats its answer, so that gc.mem_free() +
  // gc.mem_alloc() adds up to the total as in MicroPython. `fresh`: always a new reading.
  // A large sequence made since then always shows (noteLargeAlloc).
  if (
    !fresh && s.gcSampleAt >= 0 && raw - s.gcSampleAt < SAMPLE_BYTES &&
    s.gcTally === s.gcSampleTally
  ) return s.gcSampleUsed;
  let used = s.gcBase + (raw - s.gcMark) / SCALE + (s.gcTally - s.gcTallyMark);
  if (used > gcTotal() - 4096) {
    collect();
    used = s.gcBase;
  }
  used = Math.floor(used) & ~15;
  if (used > s.memPeak) s.memPeak = used;
  s.gcSampleAt = raw;
  s.gcSampleUsed = used;
  s.gcSampleTally = s.gcTally;
  return used;
}

/** micropython.mem_total(): bytes allocated since the start (MICROPY_MEM_STATS). */
export function memTotal(): number {
  return Math.floor(state.host.allocatedBytes() / SCALE);
}

/** micropython.mem_peak(): the most ever in use. */
export function memPeak(): number {
  memAlloc(true);
  return state.memPeak;
}
