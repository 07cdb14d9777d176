// collections: deque, namedtuple, OrderedDict (py/modcollections.c, objdeque.c,
// objnamedtuple.c).
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import {
  builtin,
  defineType,
  type Kw,
  PyObject,
  type PyType,
  type PyValue,
  typeOf,
} from "./obj.ts";
import { dictType, PyDict } from "./obj_dict.ts";
import { dictUpdateFrom } from "./obj_dict_methods.ts";
import { IndexError, raise, TypeError, ValueError } from "./obj_exception.ts";
import { getSmallInt } from "./obj_int.ts";
import { PyTuple, tupleType } from "./obj_tuple.ts";
import { repr, str, toArray } from "./runtime.ts";
import { PySeqIter } from "./seq.ts";

// --- deque --------------------------------------------------------------------------------

class PyDeque extends PyObject {
  /** `overflow`: the third constructor argument's bit 0, appending to a full deque raises. */
  constructor(public items: PyValue[], public maxlen: number, public overflow = false) {
    super(dequeType);
  }
  push(v: PyValue, left: boolean): void {
    if (this.overflow && this.items.length >= this.maxlen) raise(IndexError, "full");
    if (left) {
      this.items.unshift(v);
      if (this.maxlen >= 0 && this.items.length > this.maxlen) this.items.pop();
    } else {
      this.items.push(v);
      if (this.maxlen >= 0 && this.items.length > this.maxlen) this.items.shift();
    }
  }
}

const asDeque = (v: PyValue) => v as PyDeque;

// deque(iterable, maxlen[, flags]): MicroPython requires maxlen (py/objdeque.c).
const dequeNew = builtin(
  "deque",
  (args) => {
    const maxlen = getSmallInt(args[1]);
    if (maxlen < 0) raise(ValueError);
    const flags = args.length > 2 ? getSmallInt(args[2]) : 0;
    const d = new PyDeque([], maxlen, (flags & 1) !== 0);
    for (const x of toArray(args[0])) d.push(x, false);
    return d;
  },
  2,
  3,
);

/** An index into a deque of `n` items (mp_get_index: ints and bools, negative from the end). */
function dequeIndex(index: PyValue, n: number): number {
  if (typeof index !== "number" && typeof index !== "boolean" && typeof index !== "bigint") {
    raise(TypeError, `deque indices must be integers, not ${typeOf(index).name}`);
  }
  let i = Number(index);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(IndexError, "deque index out of range");
  return i;
}

const dequeType: PyType = defineType({
  name: "deque",
  makeNew: (_t, args, kw) => dequeNew.fn(args, kw),
  repr: () => "<deque>",
  len: (self) => asDeque(self).items.length,
  unaryOp: (op, self) => {
    if (op === UnaryOp.BOOL) return asDeque(self).items.length !== 0;
    if (op === UnaryOp.LEN) return asDeque(self).items.length;
    return undefined;
  },
  binaryOp: (op, self, other) => {
    if (op === BinaryOp.CONTAINS) return asDeque(self).items.includes(other);
    return undefined;
  },
  getItem: (self, index) => {
    const items = asDeque(self).items;
    return items[dequeIndex(index, items.length)];
  },
  setItem: (self, index, value) => {
    const items = asDeque(self).items;
    items[dequeIndex(index, items.length)] = value;
  },
  getIter: (self) => new PySeqIter(asDeque(self)),
  methods: [
    ["append", (a) => (asDeque(a[0]).push(a[1], false), null), 2, 2],
    ["appendleft", (a) => (asDeque(a[0]).push(a[1], true), null), 2, 2],
    [
      "extend",
      (a) => {
        for (const x of toArray(a[1])) asDeque(a[0]).push(x, false);
        return null;
      },
      2,
      2,
    ],
    [
      "pop",
      (a) => {
        const items = asDeque(a[0]).items;
        if (items.length === 0) raise(IndexError, "empty");
        return items.pop()!;
      },
      1,
      1,
    ],
    [
      "popleft",
      (a) => {
        const items = asDeque(a[0]).items;
        if (items.length === 0) raise(IndexError, "empty");
        return items.shift()!;
      },
      1,
      1,
    ],
  ],
});

// --- namedtuple -------------------------------------------------------------------------------

function namedtuple(args: PyValue[]): PyValue {
  const name = str(args[0]);
  const spec = args[1];
  const fields = typeof spec === "string"
    ? spec.split(/\s+/).filter((f) => f.length > 0) // str.split(): "a,b" is one field in 1.27
    : toArray(spec).map((f) => str(f));
  const type: PyType = defineType({
    name,
    base: tupleType,
    makeNew: (t: PyType, a: PyValue[], kw: Kw) => {
      // py/objnamedtuple.c: the argument count is checked first, keywords included
      const given = a.length + (kw?.size ?? 0);
      if (given !== fields.length) {
        raise(
          TypeError,
          `${name}() takes ${fields.length} positional arguments but ${given} were given`,
        );
      }
      const items: (PyValue | undefined)[] = a.slice();
      if (kw !== undefined) {
        for (const [k, v] of kw) {
          const i = fields.indexOf(k);
          if (i < 0) raise(TypeError, `unexpected keyword argument '${k}'`);
          if (items[i] !== undefined) {
            raise(TypeError, `function got multiple values for argument '${k}'`);
          }
          items[i] = v;
        }
      }
      return new PyTuple(items as PyValue[], t);
    },
    repr: (self) => {
      const items = (self as PyTuple).items;
      return `${name}(${fields.map((f, i) => `${f}=${repr(items[i])}`).join(", ")})`;
    },
    getAttr: (self, attr) => {
      const i = fields.indexOf(attr);
      return i >= 0 ? (self as PyTuple).items[i] : undefined;
    },
  });
  return type; // no _fields: the unix and WebAssembly builds have none
}

// --- OrderedDict --------------------------------------------------------------------------

const orderedDictType: PyType = defineType({
  name: "OrderedDict",
  base: dictType,
  makeNew: (t, args, kw) => {
    const d = new PyDict(t, 0, true);
    if (args.length > 0) dictUpdateFrom(d, args[0]);
    if (kw !== undefined) { for (const [k, v] of kw) d.set(k, v); }
    return d;
  },
  repr: (self) => "OrderedDict(" + dictType.repr!(self) + ")",
});

export function makeCollectionsModule(): [string, PyValue][] {
  return [
    ["deque", dequeType],
    ["namedtuple", builtin("namedtuple", namedtuple, 2, 2)],
    ["OrderedDict", orderedDictType],
  ];
}
