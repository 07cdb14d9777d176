// set and frozenset (py/objset.c). A set is a PyDict whose values are unused: it shares the
// key normalisation and MicroPython's slot order (set tables grow the same way).
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { addMethods, defineType, type Kw, PyObject, type PyType, type PyValue } from "./obj.ts";
import { PyDict, unhashable } from "./obj_dict.ts";
import { KeyError, raise, TypeError } from "./obj_exception.ts";
import { getIter, hash, iterNext, repr, toArray } from "./runtime.ts";

export const setType: PyType = defineType({ name: "set" });
export const frozensetType: PyType = defineType({ name: "frozenset" });

export class PySet extends PyObject {
  constructor(public items: PyDict, type: PyType = setType) {
    super(type);
    items.isSet = true;
  }
  add(v: PyValue): void {
    this.items.set(v, true);
  }
  has(v: PyValue): boolean {
    return this.items.has(v);
  }
  *values(): Generator<PyValue> {
    yield* this.items.keys();
  }
  get size(): number {
    return this.items.size;
  }
}

/** A new set with an initial table size (BUILD_SET n presizes to n, as MicroPython does). */
export function newSet(items: PyValue[] = [], type: PyType = setType, alloc = items.length) {
  const s = new PySet(new PyDict(undefined, alloc), type);
  for (const x of items) s.add(x);
  return s;
}

const isSetLike = (v: PyValue): v is PySet => v instanceof PySet;
const asSet = (v: PyValue) => v as PySet;

function fromIterable(v: PyValue, type: PyType = setType): PySet {
  const s = new PySet(new PyDict(), type);
  const it = getIter(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) s.add(x);
  return s;
}

/** set or frozenset: the native type a (subclass) instance's results have in MicroPython. */
function nativeType(s: PySet): PyType {
  return s.type.isUserClass ? s.type.nativeBase ?? setType : s.type;
}

function copyOf(s: PySet, type: PyType = nativeType(s)): PySet {
  return new PySet(s.items.copy(), type);
}

function otherItems(v: PyValue): PySet {
  return v instanceof PySet ? v : fromIterable(v);
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.size > b.size) return false;
  for (const x of a.values()) if (!b.has(x)) return false;
  return true;
}

function union(a: PySet, others: PyValue[]): PySet {
  const r = copyOf(a);
  for (const o of others) for (const x of toArray(o)) r.add(x);
  return r;
}

// The result holds the other operand's items, in its order ({1} & {True} is {True}), as
// py/objset.c set_intersect_int walks the other and keeps what the set has. It is always a
// set, even for a frozenset (frozenset({1}) & {1} is {1} there).
function intersection(a: PySet, others: PyValue[]): PySet {
  let r = a;
  for (const o of others) {
    if (o === r) continue;
    const next = newSet([], setType, 0);
    for (const x of o instanceof PySet ? o.values() : toArray(o)) if (r.has(x)) next.add(x);
    r = next;
  }
  return r === a ? copyOf(a) : r;
}

function difference(a: PySet, others: PyValue[]): PySet {
  const r = copyOf(a);
  for (const o of others) for (const x of toArray(o)) r.items.delete(x);
  return r;
}

function symmetricDifference(a: PySet, o: PyValue): PySet {
  const r = copyOf(a);
  for (const x of toArray(o)) {
    if (r.has(x)) r.items.delete(x);
    else r.add(x);
  }
  return r;
}

function replaceContents(target: PySet, src: PySet): void {
  target.items = src.items;
}

function reprSet(self: PyValue): string {
  const s = asSet(self);
  const frozen = nativeType(s) === frozensetType;
  if (s.size === 0) return frozen ? "frozenset()" : "set()";
  const body = "{" + [...s.values()].map((x) => repr(x)).join(", ") + "}";
  return frozen ? `frozenset(${body})` : body;
}

const mutatingOps: Record<number, (a: PySet, b: PySet) => PySet> = {
  [BinaryOp.OR]: (a, b) => union(a, [b]),
  [BinaryOp.AND]: (a, b) => intersection(a, [b]),
  [BinaryOp.SUBTRACT]: (a, b) => difference(a, [b]),
  [BinaryOp.XOR]: (a, b) => symmetricDifference(a, b),
};

const slots = {
  makeNew: (type: PyType, args: PyValue[], kw: Kw) => {
    if (kw !== undefined && kw.size > 0) {
      raise(TypeError, "function doesn't take keyword arguments");
    }
    if (args.length > 1) {
      raise(TypeError, `function expected at most 1 arguments, got ${args.length}`);
    }
    return args.length === 0 ? newSet([], type, 0) : fromIterable(args[0], type);
  },
  repr: reprSet,
  len: (self: PyValue) => asSet(self).size,
  unaryOp: (op: number, self: PyValue) => {
    if (op === UnaryOp.BOOL) return asSet(self).size !== 0;
    if (op === UnaryOp.LEN) return asSet(self).size;
    return undefined;
  },
  binaryOp: (op: number, self: PyValue, other: PyValue) => {
    const a = asSet(self);
    if (op === BinaryOp.CONTAINS) return a.has(other);
    if (!isSetLike(other)) return op === BinaryOp.EQUAL ? false : undefined;
    // Only == takes a subclass instance on the right; other ops want an exact set or frozenset.
    if (op !== BinaryOp.EQUAL && other.type.isUserClass) return undefined;
    switch (op) {
      case BinaryOp.EQUAL:
        return a.size === other.size && isSubset(a, other);
      case BinaryOp.LESS_EQUAL:
        return isSubset(a, other);
      case BinaryOp.LESS:
        return a.size < other.size && isSubset(a, other);
      case BinaryOp.MORE_EQUAL:
        return isSubset(other, a);
      case BinaryOp.MORE:
        return a.size > other.size && isSubset(other, a);
    }
    const inplace = op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER;
    const base = inplace ? op + (BinaryOp.OR - BinaryOp.INPLACE_OR) : op;
    const fn = mutatingOps[base];
    if (fn === undefined) return undefined;
    const r = fn(a, other);
    if (inplace && nativeType(a) !== frozensetType) {
      replaceContents(a, r);
      // a subclass instance hands back its native set (sharing the items), as MicroPython does
      return a.type.isUserClass ? new PySet(a.items) : a;
    }
    return r;
  },
  getIter: (self: PyValue) => new PySetIter(asSet(self).items.keys()),
};

class PySetIter extends PyObject {
  constructor(public keys: Generator<PyValue>) {
    super(setIterType);
  }
}
const setIterType: PyType = defineType({
  name: "iterator",
  getIter: (self) => self,
  iterNext: (self) => {
    const r = (self as PySetIter).keys.next();
    return r.done ? undefined : r.value;
  },
});

Object.assign(setType, slots, {
  hash: unhashable,
});
Object.assign(frozensetType, slots, {
  // py/objset.c starts from the address of mp_type_frozenset: 96676 in the reference
  // WebAssembly build, which decides where frozensets sit in dicts and sets.
  hash: (self: PyValue) => {
    let h = 96676;
    for (const x of asSet(self).values()) h = (h + hash(x)) | 0;
    return (h << 1) >> 1;
  },
});

const common: [string, (a: PyValue[]) => PyValue, number, number][] = [
  ["copy", (a) => copyOf(asSet(a[0])), 1, 1],
  ["difference", (a) => difference(asSet(a[0]), a.slice(1)), 1, -1],
  ["intersection", (a) => intersection(asSet(a[0]), a.slice(1)), 2, 2],
  [
    "isdisjoint",
    (a) => {
      const o = otherItems(a[1]);
      for (const x of asSet(a[0]).values()) if (o.has(x)) return false;
      return true;
    },
    2,
    2,
  ],
  ["issubset", (a) => isSubset(asSet(a[0]), otherItems(a[1])), 2, 2],
  ["issuperset", (a) => isSubset(otherItems(a[1]), asSet(a[0])), 2, 2],
  ["symmetric_difference", (a) => symmetricDifference(asSet(a[0]), a[1]), 2, 2],
  ["union", (a) => union(asSet(a[0]), a.slice(1)), 2, 2],
];
addMethods(frozensetType, common);
addMethods(setType, [
  ...common,
  ["add", (a) => (asSet(a[0]).add(a[1]), null), 2, 2],
  ["clear", (a) => (asSet(a[0]).items.clear(), null), 1, 1],
  ["discard", (a) => (asSet(a[0]).items.delete(a[1]), null), 2, 2],
  [
    "remove",
    (a) => {
      if (asSet(a[0]).items.delete(a[1]) === undefined) raise(KeyError, a[1]);
      return null;
    },
    2,
    2,
  ],
  [
    "pop",
    (a) => {
      const e = asSet(a[0]).items.popItem();
      if (e === undefined) return raise(KeyError, "pop from an empty set");
      return e[0];
    },
    1,
    1,
  ],
  [
    "update",
    (a) => {
      const s = asSet(a[0]);
      for (const o of a.slice(1)) for (const x of toArray(o)) s.add(x);
      return null;
    },
    1,
    -1,
  ],
  [
    "difference_update",
    (a) => {
      replaceContents(asSet(a[0]), difference(asSet(a[0]), a.slice(1)));
      return null;
    },
    1,
    -1,
  ],
  [
    "intersection_update",
    (a) => {
      replaceContents(asSet(a[0]), intersection(asSet(a[0]), a.slice(1)));
      return null;
    },
    2,
    2,
  ],
  [
    "symmetric_difference_update",
    (a) => {
      replaceContents(asSet(a[0]), symmetricDifference(asSet(a[0]), a[1]));
      return null;
    },
    2,
    2,
  ],
]);
