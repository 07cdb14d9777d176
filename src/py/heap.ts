// upy's model of MicroPython's GC heap (py/gc.c, py/malloc.c): its nominal size (-X heapsize),
// micropython.heap_lock(), and MemoryError when a program holds more than that heap would.
//
// Allocation sites test one field, `state.allocGate`, and take `allocFailed` only when it is
// non-zero: while the heap is locked, or after a safe point saw the host's live heap over the
// nominal size (the port supplies a probe of the host heap and a way to collect it).
import { BinaryOp } from "./bytecode.ts";
import { state } from "./interp_state.ts";
import { PyObject, type PyValue } from "./obj.ts";
import { MemoryError, raise } from "./obj_exception.ts";

/** allocGate bits. */
export const GATE_LOCKED = 1;
export const GATE_FULL = 2;

// 64-bit GC: 4-word blocks, 4 blocks per allocation-table byte, 8 per finaliser-table byte:
// each allocation-table byte costs 8 + 4 + 4 * 32 * 8 bits of heap.
const BYTES_PER_BLOCK = 32;
const HEAP_BITS_PER_TABLE_BYTE = 8 + 4 + 8 * 4 * BYTES_PER_BLOCK;

/** The GC pool that `bytes` of heap leave after the allocation and finaliser tables
 * (gc_setup_area): gc.mem_free() + gc.mem_alloc(). */
export function gcPoolBytes(bytes: number): number {
  const tableBytes = Math.floor(bytes * 8 / HEAP_BITS_PER_TABLE_BYTE);
  return tableBytes * 4 * BYTES_PER_BLOCK;
}

/** Host bytes per nominal heap byte when judging the live heap: upy's objects, frames and
 * code are larger than MicroPython's. */
const LIVE_SCALE = 16;

/** The port's view of the host heap: bytes live (cheap, approximate) and a full collection
 * (false when it could not collect yet: then the heap is not judged full). */
export interface HeapProbe {
  used(): number;
  collect(): boolean;
}

let probe: HeapProbe | undefined;
/** Host heap in use when the probe was installed: the runtime's own footprint. */
let baseline = 0;
// Safe points between two looks at the host heap (each costs a few microseconds).
const PROBE_EVERY = 16;
let probeCountdown = PROBE_EVERY;

/** Install the host heap probe (the unix port does; without one the heap never fills). */
export function setHeapProbe(p: HeapProbe | undefined): void {
  probe = p;
  baseline = p === undefined ? 0 : p.used();
}

function overLimit(p: HeapProbe): boolean {
  return p.used() - baseline > state.heapBytes * LIVE_SCALE;
}

/** Called by the VM at safe points: notices a full heap, so allocations take the slow path. */
export function heapSafePoint(): void {
  if (probe === undefined || --probeCountdown > 0) return;
  probeCountdown = PROBE_EVERY;
  if (overLimit(probe)) state.allocGate |= GATE_FULL;
}

// The lock depth is a 15-bit counter (gc_lock_depth, kept shifted in a uint16): an unlock
// without a lock wraps it to 32767, which leaves the heap locked, as in MicroPython.
const LOCK_DEPTH_MASK = 0x7fff;

function setLockDepth(depth: number): void {
  const s = state;
  s.heapLockDepth = depth & LOCK_DEPTH_MASK;
  if (s.heapLockDepth === 0) s.allocGate &= ~GATE_LOCKED;
  else s.allocGate |= GATE_LOCKED;
}

/** micropython.heap_lock(). */
export function heapLock(): void {
  setLockDepth(state.heapLockDepth + 1);
}

/** micropython.heap_unlock(): the remaining depth. */
export function heapUnlock(): number {
  setLockDepth(state.heapLockDepth - 1);
  return state.heapLockDepth;
}

/** The slow path of an allocation of about `bytes` nominal bytes while the gate is set: raises
 * MemoryError as m_malloc_fail does, or returns when a collection made room. */
export function allocFailed(bytes: number): void {
  const s = state;
  if (s.heapLockDepth !== 0) raise(MemoryError, "memory allocation failed, heap is locked");
  if ((s.allocGate & GATE_FULL) === 0) return;
  if (probe !== undefined && probe.collect()) {
    if (overLimit(probe)) {
      raise(MemoryError, `memory allocation failed, allocating ${bytes} bytes`);
    }
  }
  s.allocGate &= ~GATE_FULL;
}

/** Sequences this large are counted by gc.mem_alloc() directly (mod_gc.ts). */
const LARGE_ALLOC = 1024;

/** A sequence of about `bytes` nominal bytes was made (repetition, bytes(n), bytearray(n)). */
export function noteLargeAlloc(bytes: number): void {
  if (bytes >= LARGE_ALLOC) state.gcTally += bytes;
}

/** Whether a binary operation (past comparisons) makes a new heap object in MicroPython:
 * `"" + s` returns `s` itself, and operators of user classes call Python code, which needs no
 * heap; everything else (floats, big ints, sequences) allocates. */
export function binaryOpAllocates(op: number, a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return false;
  if (a instanceof PyObject && a.type.isUserClass) return false;
  if (b instanceof PyObject && b.type.isUserClass) return false;
  if (op === BinaryOp.ADD || op === BinaryOp.INPLACE_ADD) {
    if (typeof a === "string" && typeof b === "string") return a !== "" && b !== "";
    if (isBytes(a) && isBytes(b)) return a.data.length !== 0 && b.data.length !== 0;
  }
  return true;
}

/** Allocation at a binary operation (runtime.ts binaryOp) while the gate is set. */
export function binaryOpAlloc(op: number, a: PyValue, b: PyValue): void {
  if (binaryOpAllocates(op, a, b)) allocFailed(16);
}

// (Not `instanceof PyBytes`: obj_bytes.ts imports the runtime, which imports this file.)
function isBytes(v: PyValue): v is PyObject & { data: Uint8Array } {
  return v instanceof PyObject && v.type.name === "bytes" && !v.type.isUserClass;
}
