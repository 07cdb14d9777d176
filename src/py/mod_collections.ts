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
import {
  AttributeError,
  IndexError,
  MemoryError,
  raise,
  TypeError,
  ValueError,
} from "./obj_exception.ts";
import { getSmallInt } from "./obj_int.ts";
import { PyList } from "./obj_list.ts";
import { PyTuple, tupleType } from "./obj_tuple.ts";
import { repr, toArray } from "./runtime.ts";

// --- deque --------------------------------------------------------------------------------

/** A ring of maxlen + 1 slots as py/objdeque.c keeps it: `get` is the first item, `put` the
 * slot after the last, and a slot emptied by a pop holds undefined. Iterators walk the slots
 * themselves, so mutating a deque while iterating behaves as in MicroPython (an emptied slot
 * ends the iteration). */
class PyDeque extends PyObject {
  slots: (PyValue | undefined)[];
  get = 0;
  put = 0;
  /** `overflow`: the third constructor argument's bit 0, appending to a full deque raises. */
  constructor(maxlen: number, public overflow = false) {
    super(dequeType);
    // (holes read as undefined: the slots of a large maxlen cost nothing until used)
    this.slots = new Array(maxlen + 1);
  }
  get length(): number {
    const n = this.put - this.get;
    return n < 0 ? n + this.slots.length : n;
  }
  at(i: number): PyValue {
    return this.slots[(this.get + i) % this.slots.length] as PyValue;
  }
  append(v: PyValue): void {
    const next = (this.put + 1) % this.slots.length;
    if (this.overflow && next === this.get) raise(IndexError, "full");
    this.slots[this.put] = v;
    this.put = next;
    if (this.get === next) this.get = (this.get + 1) % this.slots.length; // dropped the oldest
  }
  appendLeft(v: PyValue): void {
    const prev = (this.get + this.slots.length - 1) % this.slots.length;
    if (this.overflow && prev === this.put) raise(IndexError, "full");
    this.get = prev;
    this.slots[prev] = v;
    if (this.put === prev) this.put = (this.put + this.slots.length - 1) % this.slots.length;
  }
  pop(): PyValue {
    if (this.get === this.put) raise(IndexError, "empty");
    this.put = (this.put + this.slots.length - 1) % this.slots.length;
    const v = this.slots[this.put] as PyValue;
    this.slots[this.put] = undefined;
    return v;
  }
  popLeft(): PyValue {
    if (this.get === this.put) raise(IndexError, "empty");
    const v = this.slots[this.get] as PyValue;
    this.slots[this.get] = undefined;
    this.get = (this.get + 1) % this.slots.length;
    return v;
  }
}

class PyDequeIter extends PyObject {
  constructor(public deque: PyDeque, public cur: number) {
    super(dequeIterType);
  }
}

const dequeIterType: PyType = defineType({
  name: "iterator",
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as PyDequeIter;
    const d = it.deque;
    if (it.cur === d.put) return undefined;
    const v = d.slots[it.cur];
    it.cur = (it.cur + 1) % d.slots.length;
    return v;
  },
});

const asDeque = (v: PyValue) => v as PyDeque;

/** A deque needing more slots than this (256 MiB of them) exhausts the reference heap. */
const MAX_DEQUE_SLOTS = 1 << 26;

// deque(iterable, maxlen[, flags]): MicroPython requires maxlen (py/objdeque.c).
const dequeNew = builtin(
  "deque",
  (args) => {
    const maxlen = getSmallInt(args[1]);
    if (maxlen < 0) raise(ValueError);
    // The 32-bit build allocates maxlen + 1 object slots up front.
    if (maxlen >= MAX_DEQUE_SLOTS) {
      const bytes = (maxlen + 1) * 4 % 2 ** 32;
      raise(MemoryError, `memory allocation failed, allocating ${bytes} bytes`);
    }
    const flags = args.length > 2 ? getSmallInt(args[2]) : 0;
    const d = new PyDeque(maxlen, (flags & 1) !== 0);
    for (const x of toArray(args[0])) d.append(x);
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
  len: (self) => asDeque(self).length,
  // (its unary_op slot knows no hash, so MicroPython refuses rather than hashing the identity)
  hash: (self) => raise(TypeError, `unsupported type for __hash__: '${typeOf(self).name}'`),
  unaryOp: (op, self) => {
    if (op === UnaryOp.BOOL) return asDeque(self).length !== 0;
    if (op === UnaryOp.LEN) return asDeque(self).length;
    return undefined;
  },
  getItem: (self, index) => {
    const d = asDeque(self);
    return d.at(dequeIndex(index, d.length));
  },
  setItem: (self, index, value) => {
    const d = asDeque(self);
    d.slots[(d.get + dequeIndex(index, d.length)) % d.slots.length] = value;
  },
  getIter: (self) => new PyDequeIter(asDeque(self), asDeque(self).get),
  methods: [
    ["append", (a) => (asDeque(a[0]).append(a[1]), null), 2, 2],
    ["appendleft", (a) => (asDeque(a[0]).appendLeft(a[1]), null), 2, 2],
    [
      "extend",
      (a) => {
        for (const x of toArray(a[1])) asDeque(a[0]).append(x);
        return null;
      },
      2,
      2,
    ],
    ["pop", (a) => asDeque(a[0]).pop(), 1, 1],
    ["popleft", (a) => asDeque(a[0]).popLeft(), 1, 1],
  ],
});

// --- namedtuple -------------------------------------------------------------------------------

/** The field names of a non-str spec: MicroPython takes them from a tuple or list only. */
function fieldList(spec: PyValue): PyValue[] {
  if (spec instanceof PyTuple || spec instanceof PyList) return spec.items;
  return raise(TypeError, `object '${typeOf(spec).name}' isn't a tuple or list`);
}

/** A name as a str (mp_obj_str_get_qstr), with MicroPython's message for anything else. */
function qstrArg(v: PyValue): string {
  if (typeof v === "string") return v;
  return raise(TypeError, `can't convert '${typeOf(v).name}' object to str implicitly`);
}

function namedtuple(args: PyValue[]): PyValue {
  const name = qstrArg(args[0]);
  const spec = args[1];
  const fields = typeof spec === "string"
    ? spec.split(/\s+/).filter((f) => f.length > 0) // str.split(): "a,b" is one field in 1.27
    : fieldList(spec).map(qstrArg);
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
      if (i >= 0) return (self as PyTuple).items[i];
      // its attr slot stands in for a locals dict: tuple's methods are not found
      if (attr === "index" || attr === "count") {
        raise(AttributeError, `'${name}' object has no attribute '${attr}'`);
      }
      return undefined;
    },
    setAttr: () => raise(AttributeError, "can't set attribute"),
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
  // `od | x` copies the native type, as dict_binary_op does: the result is an OrderedDict
  binaryOp: (op, self, other) => {
    if (op !== BinaryOp.OR) return dictType.binaryOp!(op, self, other);
    const d = (self as PyDict).copy(orderedDictType);
    dictUpdateFrom(d, other);
    return d;
  },
});

export function makeCollectionsModule(): [string, PyValue][] {
  return [
    ["deque", dequeType],
    ["namedtuple", builtin("namedtuple", namedtuple, 2, 2)],
    ["OrderedDict", orderedDictType],
  ];
}
