// slice objects and the index arithmetic every sequence shares (py/objslice.c).
import { defineType, intLike, PyObject, type PyType, type PyValue, typeOf } from "./obj.ts";
import {
  IndexError,
  NotImplementedError,
  OverflowError,
  raise,
  TypeError,
  ValueError,
} from "./obj_exception.ts";
import { repr } from "./runtime.ts";

export class PySlice extends PyObject {
  constructor(public start: PyValue, public stop: PyValue, public step: PyValue) {
    super(sliceType);
  }
}

export const sliceType: PyType = defineType({
  name: "slice",
  hash: (s) => raise(TypeError, `unsupported type for __hash__: '${typeOf(s).name}'`),
  repr: (s) => {
    const sl = s as PySlice;
    return `slice(${repr(sl.start)}, ${repr(sl.stop)}, ${repr(sl.step)})`;
  },
  getAttr: (s, name) => {
    const sl = s as PySlice;
    if (name === "start") return sl.start;
    if (name === "stop") return sl.stop;
    if (name === "step") return sl.step;
    return undefined;
  },
  methods: [["indices", (a) => sliceIndicesMethod(a[0] as PySlice, a[1]), 2, 2]],
});

/** A machine word from an int (mp_obj_get_int): anything else is a TypeError. */
function machineInt(v: PyValue): number {
  const i = typeof v === "boolean" ? +v : typeof v === "number" ? v : intLike(v);
  if (i === undefined) return raise(TypeError, `can't convert ${typeOf(v).name} to int`);
  if (typeof i === "bigint" || i < -0x80000000 || i > 0x7fffffff) {
    return raise(OverflowError, "overflow converting long int to machine word");
  }
  return i;
}

/** slice.indices(length): (start, stop, step) with every bound a machine word. */
function sliceIndicesMethod(s: PySlice, length: PyValue): PyValue {
  const n = machineInt(length);
  const strict = new PySlice(
    s.start === null ? null : machineInt(s.start),
    s.stop === null ? null : machineInt(s.stop),
    s.step === null ? null : machineInt(s.step),
  );
  const [start, stop, step] = sliceIndices(strict, n);
  return sliceTupleHook.make([start, stop, step]);
}

/** Builds a tuple (installed by obj_tuple.ts, which imports this module). */
export const sliceTupleHook = {
  make: (_items: PyValue[]): PyValue => raise(TypeError),
};

/** mp_obj_get_int on the 32-bit reference build: an index past a machine word (a long int's
 * magnitude must fit 31 bits) is an OverflowError, not an IndexError. */
export function wordIndex(v: number | bigint): number {
  if (typeof v === "bigint" || v > 0x7fffffff || v < -0x7fffffff) {
    return raise(OverflowError, "overflow converting long int to machine word");
  }
  return v;
}

function sliceInt(v: PyValue): number {
  if (typeof v === "number") return wordIndex(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return wordIndex(v);
  const i = intLike(v);
  if (i !== undefined) return sliceInt(i);
  return raise(TypeError, `can't convert ${typeOf(v).name} to int`);
}

/** Resolve a slice against a sequence length: [start, stop, step, count] (CPython rules,
 * which MicroPython follows for the results). */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  const step = s.step === null ? 1 : sliceInt(s.step);
  if (step === 0) raise(ValueError, "slice step can't be zero");
  // py/objslice.c mp_obj_slice_indices: negative bounds count from the end, then clamp
  // (in this order, which matters for slice.indices with a negative length)
  const bound = (v: PyValue, dflt: number, lo: number, hi: number) => {
    if (v === null) return dflt;
    let i = sliceInt(v);
    if (i < 0) i += length;
    return Math.min(hi, Math.max(i, lo));
  };
  if (step > 0) {
    const start = bound(s.start, 0, 0, length);
    const stop = bound(s.stop, length, 0, length);
    const count = stop > start ? Math.floor((stop - start + step - 1) / step) : 0;
    return [start, stop, step, count];
  }
  const start = bound(s.start, length - 1, -1, length - 1);
  const stop = bound(s.stop, -1, -1, length - 1);
  const count = start > stop ? Math.floor((start - stop - step - 1) / -step) : 0;
  return [start, stop, step, count];
}

/** [start, stop] of a step-1 slice, stop never before start (py/sequence.c
 * mp_seq_get_fast_slice_indexes): other steps raise NotImplementedError, with MicroPython's
 * message unless `bare` (list assignment raises it without one). */
export function fastSliceIndices(s: PySlice, length: number, bare = false): [number, number] {
  const [start, stop, step] = sliceIndices(s, length);
  if (step !== 1) {
    if (bare) raise(NotImplementedError);
    raise(NotImplementedError, "only slices with step=1 (aka None) are supported");
  }
  return [start, Math.max(start, stop)];
}

/** Normalise a subscript index against a length; raises IndexError with MicroPython's
 * message "<type> index out of range". */
export function seqIndex(index: PyValue, length: number, typeName: string): number {
  let i: number;
  if (typeof index === "number") i = index;
  else if (typeof index === "boolean") i = index ? 1 : 0;
  else if (typeof index === "bigint") return wordIndex(index);
  else if (intLike(index) !== undefined) return seqIndex(intLike(index)!, length, typeName);
  else {
    return raise(
      TypeError,
      `${typeName} indices must be integers, not ${typeOf(index).name}`,
    );
  }
  const raw = i;
  if (i < 0) i += length;
  if (i < 0 || i >= length) {
    wordIndex(raw);
    raise(IndexError, `${typeName} index out of range`);
  }
  return i;
}
