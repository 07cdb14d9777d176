// range (py/objrange.c): a lazy arithmetic sequence with a fast iterator the VM can
// special-case in FOR_ITER.
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { defineType, intLike, type Kw, PyObject, type PyType, type PyValue } from "./obj.ts";
import { OverflowError, raise, TypeError, ValueError } from "./obj_exception.ts";
import { PySlice, seqIndex, sliceIndices } from "./obj_slice.ts";
import { typeName } from "./seq.ts";

export class PyRange extends PyObject {
  constructor(public start: number, public stop: number, public step: number) {
    super(rangeType);
  }
  /** range_len in the 32-bit reference build's machine ints: the sum wraps, so a range
   * spanning more than 2**31 has length 0 there. */
  get length(): number {
    const { start, stop, step } = this;
    const n = Math.trunc(((stop - start + step - (step > 0 ? 1 : -1)) | 0) / step) | 0;
    return n > 0 ? n : 0;
  }
}

export class PyRangeIter extends PyObject {
  constructor(public cur: number, public stop: number, public step: number) {
    super(rangeIterType);
  }
}

export const rangeIterType: PyType = defineType({
  name: "iterator",
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as PyRangeIter;
    const v = it.cur;
    if (it.step > 0 ? v < it.stop : v > it.stop) {
      it.cur = v + it.step;
      return v;
    }
    return undefined;
  },
});

/** A bound (mp_obj_get_int): it must fit the 32-bit reference build's machine word. */
function rangeArg(v: PyValue): number {
  if (typeof v === "boolean") return v ? 1 : 0;
  const i = typeof v === "number" ? v : intLike(v);
  if (i === undefined) return raise(TypeError, `can't convert ${typeName(v)} to int`);
  if (typeof i === "bigint" || i < -0x7fffffff || i > 0x7fffffff) {
    return raise(OverflowError, "overflow converting long int to machine word");
  }
  return i;
}

export const rangeType: PyType = defineType({
  name: "range",
  makeNew: (_t: PyType, args: PyValue[], kw: Kw) => {
    if (kw !== undefined && kw.size > 0) {
      raise(TypeError, "function doesn't take keyword arguments");
    }
    if (args.length < 1 || args.length > 3) {
      raise(
        TypeError,
        args.length < 1
          ? "function missing 1 required positional arguments"
          : `function expected at most 3 arguments, got ${args.length}`,
      );
    }
    if (args.length === 1) return new PyRange(0, rangeArg(args[0]), 1);
    const step = args.length === 3 ? rangeArg(args[2]) : 1;
    if (step === 0) raise(ValueError, "zero step");
    return new PyRange(rangeArg(args[0]), rangeArg(args[1]), step);
  },
  repr: (self) => {
    const r = self as PyRange;
    return r.step === 1
      ? `range(${r.start}, ${r.stop})`
      : `range(${r.start}, ${r.stop}, ${r.step})`;
  },
  len: (self) => (self as PyRange).length,
  hash: (self) => raise(TypeError, `unsupported type for __hash__: '${typeName(self)}'`),
  unaryOp: (op, self) => {
    if (op === UnaryOp.BOOL) return (self as PyRange).length !== 0;
    if (op === UnaryOp.LEN) return (self as PyRange).length;
    return undefined;
  },
  binaryOp: (op, self, other) => {
    const r = self as PyRange;
    if (op === BinaryOp.CONTAINS) {
      if (typeof other !== "number" || !Number.isInteger(other)) return undefined;
      const n = r.length;
      const k = (other - r.start) / r.step;
      return Number.isInteger(k) && k >= 0 && k < n;
    }
    // The reference build compares ranges by identity (no MICROPY_PY_BUILTINS_RANGE_BINOP).
    return undefined;
  },
  getItem: (self, index) => {
    const r = self as PyRange;
    const n = r.length;
    if (index instanceof PySlice) {
      // py/objrange.c scales slice.indices() as they are, unclamped: range(5)[4:0] is
      // range(4, 0)
      const [start, stop, step] = sliceIndices(index, n);
      return new PyRange(r.start + start * r.step, r.start + stop * r.step, step * r.step);
    }
    return r.start + seqIndex(index, n, "range") * r.step;
  },
  getIter: (self) => {
    const r = self as PyRange;
    return new PyRangeIter(r.start, r.stop, r.step);
  },
  getAttr: (self, name) => {
    const r = self as PyRange;
    if (name === "start") return r.start;
    if (name === "stop") return r.stop;
    if (name === "step") return r.step;
    return undefined;
  },
});
