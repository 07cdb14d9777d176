// tuple: an immutable sequence (py/objtuple.c).
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { addMethods, defineType, type Kw, PyObject, type PyType, type PyValue } from "./obj.ts";
import { IndexError, raise, TypeError } from "./obj_exception.ts";
import { fastSliceIndices, PySlice, seqIndex, sliceTupleHook, wordIndex } from "./obj_slice.ts";
import { eq, hash, toArray } from "./runtime.ts";
import {
  compareSeq,
  countOf,
  equalSeq,
  indexOf,
  PySeqIter,
  repeatCount,
  repeatItems,
  reprItems,
} from "./seq.ts";

export const tupleType: PyType = defineType({ name: "tuple" });

export class PyTuple extends PyObject {
  constructor(public items: PyValue[], type: PyType = tupleType) {
    super(type);
  }
}

export const EMPTY_TUPLE: PyTuple = new PyTuple([]);

export function tuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
sliceTupleHook.make = tuple;

/** The reference build hashes a tuple as the address of the empty tuple plus the sum of
 * its items' hashes; we use the same base so dict/set order matches it. */
const TUPLE_HASH_BASE = 98208;

const asTuple = (v: PyValue) => v as PyTuple;

Object.assign(tupleType, {
  makeNew: (type: PyType, args: PyValue[], kw: Kw) => {
    if (kw !== undefined && kw.size > 0) {
      raise(TypeError, "function doesn't take keyword arguments");
    }
    if (args.length > 1) {
      raise(TypeError, `function expected at most 1 arguments, got ${args.length}`);
    }
    if (args.length === 0) return type === tupleType ? EMPTY_TUPLE : new PyTuple([], type);
    if (args[0] instanceof PyTuple && type === tupleType && args[0].type === tupleType) {
      return args[0];
    }
    const items = toArray(args[0]);
    return type === tupleType ? tuple(items) : new PyTuple(items, type);
  },
  repr: (self: PyValue) => {
    const items = asTuple(self).items;
    return items.length === 1 ? "(" + reprItems(items) + ",)" : "(" + reprItems(items) + ")";
  },
  len: (self: PyValue) => asTuple(self).items.length,
  hash: (self: PyValue) => {
    let h = TUPLE_HASH_BASE;
    for (const x of asTuple(self).items) h = (h + hash(x)) | 0;
    return (h << 1) >> 1;
  },
  unaryOp: (op: number, self: PyValue) => {
    if (op === UnaryOp.BOOL) return asTuple(self).items.length !== 0;
    if (op === UnaryOp.LEN) return asTuple(self).items.length;
    return undefined;
  },
  binaryOp: (op: number, self: PyValue, other: PyValue) => {
    const a = asTuple(self).items;
    switch (op) {
      case BinaryOp.ADD:
      case BinaryOp.INPLACE_ADD:
        if (other instanceof PyTuple) return tuple(a.concat(other.items));
        return undefined;
      case BinaryOp.MULTIPLY:
      case BinaryOp.INPLACE_MULTIPLY:
      case BinaryOp.REVERSE_MULTIPLY: {
        const n = repeatCount(other);
        return n === undefined ? undefined : tuple(repeatItems(a, n, 8));
      }
      case BinaryOp.EQUAL:
        return other instanceof PyTuple ? equalSeq(a, other.items) : false;
      case BinaryOp.LESS:
      case BinaryOp.MORE:
      case BinaryOp.LESS_EQUAL:
      case BinaryOp.MORE_EQUAL:
        return other instanceof PyTuple ? compareSeq(op, a, other.items) : undefined;
      case BinaryOp.CONTAINS:
        for (const x of a) if (eq(x, other)) return true;
        return false;
    }
    return undefined;
  },
  getItem: (self: PyValue, index: PyValue) => {
    const items = asTuple(self).items;
    if (typeof index === "number") {
      const i = index < 0 ? index + items.length : index;
      if (i >= 0 && i < items.length) return items[i];
      wordIndex(index);
      return raise(IndexError, "tuple index out of range");
    }
    if (index instanceof PySlice) {
      return tuple(items.slice(...fastSliceIndices(index, items.length)));
    }
    return items[seqIndex(index, items.length, "tuple")];
  },
  getIter: (self: PyValue) => new PySeqIter(asTuple(self)),
});

addMethods(tupleType, [
  ["count", (a) => countOf(asTuple(a[0]).items, a[1]), 2, 2],
  ["index", (a) => indexOf(asTuple(a[0]).items, a, "tuple"), 2, 4],
]);
