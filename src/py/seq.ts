// Operations shared by list and tuple (py/sequence.c): printing, comparison, repetition,
// index/count, and MicroPython's sort (an unstable quicksort, whose order for equal keys
// programs can observe).
import { BinaryOp } from "./bytecode.ts";
import { noteLargeAlloc } from "./heap.ts";
import { defineType, intLike, PyObject, type PyType, type PyValue, typeOf } from "./obj.ts";
import { type PySlice, sliceIndices, wordIndex } from "./obj_slice.ts";
import { MemoryError, OverflowError, raise, TypeError, ValueError } from "./obj_exception.ts";
import { binaryOp, eq, repr, truthy } from "./runtime.ts";
import { strCompare } from "./str_utf8.ts";

/** "a, b, c" with reprs, wrapped by the caller. */
export function reprItems(items: PyValue[]): string {
  let s = "";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) s += ", ";
    s += repr(items[i]);
  }
  return s;
}

/** Lexicographic comparison of two item arrays for <, >, <=, >= (py/sequence.c
 * mp_seq_cmp_objs: < and <= are turned round into > and >=, so the first unequal pair is
 * compared, and reported in errors, in that order). */
export function compareSeq(op: number, a: PyValue[], b: PyValue[]): boolean {
  if (op === BinaryOp.LESS || op === BinaryOp.LESS_EQUAL) {
    [a, b] = [b, a];
    op = op === BinaryOp.LESS ? BinaryOp.MORE : BinaryOp.MORE_EQUAL;
  }
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!eq(a[i], b[i])) return truthy(binaryOp(op, a[i], b[i]));
  }
  return op === BinaryOp.MORE ? a.length > b.length : a.length >= b.length;
}

export function equalSeq(a: PyValue[], b: PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
  return true;
}

/** Repetition count for `seq * n`: a machine word, as mp_obj_get_int_maybe reads it. */
export function repeatCount(n: PyValue): number | undefined {
  if (typeof n === "boolean") return n ? 1 : 0;
  if (typeof n === "number" || typeof n === "bigint") {
    if (n < -0x80000000 || n > 0x7fffffff) {
      raise(OverflowError, "overflow converting long int to machine word");
    }
    return n < 0 ? 0 : Number(n);
  }
  const i = intLike(n);
  return i === undefined ? undefined : repeatCount(i);
}

/** The most elements (items or bytes) one repetition builds; beyond it the heap is out. */
const MAX_REPEAT_ITEMS = 1 << 26;
const MAX_REPEAT_BYTES = 1 << 28;

/**
 * Raises MemoryError when `len * n` units would exceed what we allocate. The byte count in the
 * message is the 32-bit build's (units of `unitBytes` plus a `header`, wrapping as size_t does).
 */
export function checkRepeatSize(len: number, n: number, unitBytes: number, header: number): void {
  const units = len * n;
  if (units <= (unitBytes === 1 ? MAX_REPEAT_BYTES : MAX_REPEAT_ITEMS)) {
    noteLargeAlloc(units * unitBytes + header);
    return;
  }
  const bytes = (BigInt(len) * BigInt(n) * BigInt(unitBytes) + BigInt(header)) & 0xffffffffn;
  raise(MemoryError, `memory allocation failed, allocating ${bytes} bytes`);
}

/** `items * n` for lists (no header) and tuples (`header` bytes: type and length). */
export function repeatItems(items: PyValue[], n: number, header = 0): PyValue[] {
  checkRepeatSize(items.length, n, 4, header);
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}

/** A start/end bound of index(), clamped to the sequence (py/obj.c mp_get_index with
 * is_slice). */
function clampIndex(v: PyValue | undefined, len: number, dflt: number, name: string): number {
  if (v === undefined) return dflt;
  let i: number;
  if (typeof v === "number") i = wordIndex(v);
  else if (typeof v === "boolean") i = v ? 1 : 0;
  else {
    const n = intLike(v);
    if (n === undefined) {
      return raise(TypeError, `${name} indices must be integers, not ${typeOf(v).name}`);
    }
    i = wordIndex(n);
  }
  if (i < 0) i = Math.max(0, i + len);
  return Math.min(i, len);
}

/** seq.index(x[, start[, end]]) of a list or tuple (`name`, for messages). */
export function indexOf(items: PyValue[], args: PyValue[], name: string): number {
  const start = clampIndex(args[2], items.length, 0, name);
  const stop = clampIndex(args[3], items.length, items.length, name);
  for (let i = start; i < stop; i++) if (eq(items[i], args[1])) return i;
  return raise(ValueError, "object not in sequence");
}

export function countOf(items: PyValue[], x: PyValue): number {
  let n = 0;
  for (const v of items) if (eq(v, x)) n++;
  return n;
}

/** a < b for sorting, with an int fast path. */
function less(a: PyValue, b: PyValue): boolean {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) {
    return (a as number) < (b as number);
  }
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b) < 0;
  return truthy(binaryOp(BinaryOp.LESS, a, b));
}

/** Sort `items` in place exactly as MicroPython's list.sort orders them (py/objlist.c:
 * quicksort with the last element as pivot; not stable). A `key` function is called at each
 * comparison, as mp_quicksort does, so its calls (and their side effects) match. */
export function mpSort(
  items: PyValue[],
  key: ((v: PyValue) => PyValue) | undefined,
  reverse: boolean,
): void {
  const want = !reverse;
  const k = key ?? ((v: PyValue) => v);
  const swap = (i: number, j: number) => {
    const x = items[i];
    items[i] = items[j];
    items[j] = x;
  };
  const sortRange = (head: number, tail: number): void => {
    while (head < tail) {
      let h = head - 1;
      let t = tail;
      const pivot = k(items[tail]);
      for (;;) {
        do ++h; while (h < t && less(k(items[h]), pivot) === want);
        do --t; while (h < t && less(pivot, k(items[t])) === want);
        if (h >= t) break;
        swap(h, t);
      }
      swap(h, tail);
      if (t - head < tail - h - 1) {
        sortRange(head, t);
        head = h + 1;
      } else {
        sortRange(h + 1, tail);
        tail = t;
      }
    }
  };
  if (items.length > 1) sortRange(0, items.length - 1);
}

/** Name of a value's type for messages. */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/** Iterator over a list or tuple; reads the live array so appends during a loop are seen. */
export class PySeqIter extends PyObject {
  index = 0;
  constructor(public seq: { items: PyValue[] }) {
    super(seqIterType);
  }
}

export const seqIterType: PyType = defineType({
  name: "iterator",
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as PySeqIter;
    const items = it.seq.items;
    return it.index < items.length ? items[it.index++] : undefined;
  },
});

/** Items of a slice of an array. */
export function sliceArray(items: PyValue[], s: PySlice): PyValue[] {
  const [start, stop, step, count] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, stop);
  const out: PyValue[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
  return out;
}
