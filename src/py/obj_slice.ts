// slice objects and the index arithmetic every sequence shares (py/objslice.c).
import { defineType, intLike, PyObject, type PyType, type PyValue, typeOf } from "./obj.ts";
import { IndexError, raise, TypeError, ValueError } from "./obj_exception.ts";
import { repr } from "./runtime.ts";

export class PySlice extends PyObject {
  constructor(public start: PyValue, public stop: PyValue, public step: PyValue) {
    super(sliceType);
  }
}

export const sliceType: PyType = defineType({
  name: "slice",
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
});

function sliceInt(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return v < 0n ? -Infinity : Infinity;
  const i = intLike(v);
  if (i !== undefined) return sliceInt(i);
  return raise(TypeError, "slice indices must be integers");
}

/** Resolve a slice against a sequence length: [start, stop, step, count] (CPython rules,
 * which MicroPython follows for the results). */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  const step = s.step === null ? 1 : sliceInt(s.step);
  if (step === 0) raise(ValueError, "slice step cannot be zero");
  let start: number, stop: number;
  if (step > 0) {
    start = s.start === null ? 0 : sliceInt(s.start);
    stop = s.stop === null ? length : sliceInt(s.stop);
    if (start < 0) start = Math.max(0, start + length);
    else if (start > length) start = length;
    if (stop < 0) stop = Math.max(0, stop + length);
    else if (stop > length) stop = length;
    const count = stop > start ? Math.floor((stop - start + step - 1) / step) : 0;
    return [start, stop, step, count];
  }
  start = s.start === null ? length - 1 : sliceInt(s.start);
  stop = s.stop === null ? -1 : sliceInt(s.stop);
  if (start < 0) start = Math.max(-1, start + length);
  else if (start >= length) start = length - 1;
  if (s.stop !== null) {
    if (stop < 0) stop = Math.max(-1, stop + length);
    else if (stop >= length) stop = length - 1;
  }
  const count = start > stop ? Math.floor((start - stop - step - 1) / -step) : 0;
  return [start, stop, step, count];
}

/** Normalise a subscript index against a length; raises IndexError with MicroPython's
 * message "<type> index out of range". */
export function seqIndex(index: PyValue, length: number, typeName: string): number {
  let i: number;
  if (typeof index === "number") i = index;
  else if (typeof index === "boolean") i = index ? 1 : 0;
  else if (typeof index === "bigint") i = Infinity;
  else if (intLike(index) !== undefined) return seqIndex(intLike(index)!, length, typeName);
  else {
    return raise(
      TypeError,
      `${typeName} indices must be integers, not ${typeOf(index).name}`,
    );
  }
  if (i < 0) i += length;
  if (i < 0 || i >= length) raise(IndexError, `${typeName} index out of range`);
  return i;
}
