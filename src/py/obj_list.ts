// list: a mutable sequence (py/objlist.c).
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import {
  addMethods,
  defineType,
  type Kw,
  PyObject,
  type PyType,
  type PyValue,
  typeOf,
} from "./obj.ts";
import { IndexError, raise, TypeError } from "./obj_exception.ts";
import { state } from "./interp_state.ts";
import { allocFailed } from "./heap.ts";
import { fastSliceIndices, PySlice, seqIndex, wordIndex } from "./obj_slice.ts";
import { call, eq, toArray, truthy } from "./runtime.ts";
import {
  compareSeq,
  countOf,
  equalSeq,
  indexOf,
  mpSort,
  PySeqIter,
  repeatCount,
  repeatItems,
  reprItems,
  sliceArray,
} from "./seq.ts";
import { unhashable } from "./obj_dict.ts";
import { PyTuple } from "./obj_tuple.ts";

export const listType: PyType = defineType({ name: "list" });

export class PyList extends PyObject {
  constructor(public items: PyValue[], type: PyType = listType) {
    super(type);
  }
}

const asList = (v: PyValue) => v as PyList;

/** The items of a list or tuple (mp_obj_get_array): slice assignment takes nothing else. */
function arrayItems(v: PyValue): PyValue[] {
  // exact types only, as mp_obj_get_array checks: a subclass instance is refused
  if (v instanceof PyList && !v.type.isUserClass) return v.items.slice();
  if (v instanceof PyTuple && !v.type.isUserClass) return v.items;
  return raise(TypeError, `object '${typeOf(v).name}' isn't a tuple or list`);
}

function listSetItem(self: PyValue, index: PyValue, value: PyValue): void {
  const l = asList(self);
  if (index instanceof PySlice) {
    // as py/objlist.c: only step-1 slices, checked before the value
    const [start, stop] = fastSliceIndices(index, l.items.length, true);
    l.items.splice(start, stop - start, ...arrayItems(value));
    return;
  }
  l.items[seqIndex(index, l.items.length, "list")] = value;
}

function listDelItem(self: PyValue, index: PyValue): void {
  const l = asList(self);
  if (index instanceof PySlice) {
    const [start, stop] = fastSliceIndices(index, l.items.length, true);
    l.items.splice(start, stop - start);
    return;
  }
  // py/objlist.c deletes an item through list.pop, hence its message for an empty list
  if (l.items.length === 0) raise(IndexError, "pop from empty list");
  l.items.splice(seqIndex(index, l.items.length, "list"), 1);
}

Object.assign(listType, {
  makeNew: (type: PyType, args: PyValue[], kw: Kw) => {
    if (kw !== undefined && kw.size > 0) {
      raise(TypeError, "function doesn't take keyword arguments");
    }
    if (args.length > 1) {
      raise(TypeError, `function expected at most 1 arguments, got ${args.length}`);
    }
    return new PyList(args.length ? toArray(args[0]) : [], type);
  },
  repr: (self: PyValue) => "[" + reprItems(asList(self).items) + "]",
  len: (self: PyValue) => asList(self).items.length,
  hash: unhashable,
  unaryOp: (op: number, self: PyValue) => {
    if (op === UnaryOp.BOOL) return asList(self).items.length !== 0;
    if (op === UnaryOp.LEN) return asList(self).items.length;
    return undefined;
  },
  binaryOp: (op: number, self: PyValue, other: PyValue) => {
    const a = asList(self).items;
    switch (op) {
      case BinaryOp.ADD:
        // only an exact list concatenates: [0] + ListSub([1]) is a TypeError in MicroPython
        if (other instanceof PyList && !other.type.isUserClass) {
          return new PyList(a.concat(other.items));
        }
        return undefined;
      case BinaryOp.INPLACE_ADD:
        for (const x of toArray(other)) a.push(x);
        return self;
      // `lst *= n` makes a new list too: MicroPython's list has no in-place repeat.
      case BinaryOp.MULTIPLY:
      case BinaryOp.REVERSE_MULTIPLY:
      case BinaryOp.INPLACE_MULTIPLY: {
        const n = repeatCount(other);
        return n === undefined ? undefined : new PyList(repeatItems(a, n));
      }
      case BinaryOp.EQUAL:
        return other instanceof PyList ? equalSeq(a, other.items) : false;
      case BinaryOp.LESS:
      case BinaryOp.MORE:
      case BinaryOp.LESS_EQUAL:
      case BinaryOp.MORE_EQUAL:
        // Ordering needs an exact list on the right (a subclass instance is refused).
        return other instanceof PyList && !other.type.isUserClass
          ? compareSeq(op, a, other.items)
          : undefined;
      case BinaryOp.CONTAINS:
        for (const x of a) if (eq(x, other)) return true;
        return false;
    }
    return undefined;
  },
  getItem: (self: PyValue, index: PyValue) => {
    const items = asList(self).items;
    if (typeof index === "number") {
      const i = index < 0 ? index + items.length : index;
      if (i >= 0 && i < items.length) return items[i];
      wordIndex(index);
      return raise(IndexError, "list index out of range");
    }
    if (index instanceof PySlice) return new PyList(sliceArray(items, index));
    return items[seqIndex(index, items.length, "list")];
  },
  setItem: listSetItem,
  delItem: listDelItem,
  getIter: (self: PyValue) => new PySeqIter(asList(self)),
});

function sortList(self: PyValue, kw: Kw): void {
  const list = asList(self);
  // Sort a copy: a key or __lt__ may change the list meanwhile, which MicroPython 1.27 does not
  // survive (it reads freed memory); as in CPython, the sorted items then replace the change.
  const items = list.items.slice();
  let key: PyValue = null;
  let reverse = false;
  if (kw !== undefined) {
    for (const [k, v] of kw) {
      if (k === "key") key = v;
      else if (k === "reverse") reverse = truthy(v);
      else raise(TypeError, "extra keyword arguments given"); // mp_arg_parse_all
    }
  }
  mpSort(items, key === null ? undefined : (x) => call(key, [x]), reverse);
  list.items.length = items.length;
  for (let i = 0; i < items.length; i++) list.items[i] = items[i];
}

// Lists start with room for 4 items (LIST_MIN_ALLOC); we keep no capacity, so under heap.ts's
// gate an append past that is taken to grow the list.
function listAppend(items: PyValue[], v: PyValue): void {
  if (state.allocGate !== 0 && items.length >= 4) allocFailed(16);
  items.push(v);
}

addMethods(listType, [
  ["append", (a) => (listAppend(asList(a[0]).items, a[1]), null), 2, 2],
  ["clear", (a) => (asList(a[0]).items.length = 0, null), 1, 1],
  ["copy", (a) => new PyList(asList(a[0]).items.slice()), 1, 1],
  ["count", (a) => countOf(asList(a[0]).items, a[1]), 2, 2],
  [
    "extend",
    (a) => {
      const items = asList(a[0]).items;
      if (state.allocGate !== 0) allocFailed(16); // heap.ts: the list grows
      // only an exact list is copied directly; a subclass goes through its (maybe own) __iter__
      const src = a[1] instanceof PyList && !a[1].type.isUserClass
        ? a[1].items.slice()
        : toArray(a[1]);
      for (const x of src) items.push(x);
      return null;
    },
    2,
    2,
  ],
  ["index", (a) => indexOf(asList(a[0]).items, a, "list"), 2, 4],
  [
    "insert",
    (a) => {
      const items = asList(a[0]).items;
      // py/objlist.c reads the index as a small int unchecked: any other object is its
      // address there, far past the end, so the item is appended
      let i = typeof a[1] === "number" ? a[1] : items.length;
      if (i < 0) i = Math.max(0, i + items.length);
      items.splice(Math.min(i, items.length), 0, a[2]);
      return null;
    },
    3,
    3,
  ],
  [
    "pop",
    (a) => {
      const items = asList(a[0]).items;
      if (items.length === 0) raise(IndexError, "pop from empty list");
      if (a.length === 1) return items.pop()!;
      const i = seqIndex(a[1], items.length, "list");
      return items.splice(i, 1)[0];
    },
    1,
    2,
  ],
  [
    "remove",
    (a) => {
      const items = asList(a[0]).items;
      const i = indexOf(items, a, "list");
      items.splice(i, 1);
      return null;
    },
    2,
    2,
  ],
  ["reverse", (a) => (asList(a[0]).items.reverse(), null), 1, 1],
  [
    "sort",
    (a, kw) => {
      if (a.length > 1) raise(TypeError, "extra positional arguments given");
      sortList(a[0], kw);
      return null;
    },
    1,
    -1,
    true,
  ],
]);
