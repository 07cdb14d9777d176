// dict's Python-visible behaviour: constructor, printing, operators, methods and the
// keys/values/items views (py/objdict.c).
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import {
  addMethods,
  builtin,
  defineType,
  type Kw,
  PyObject,
  type PyType,
  type PyValue,
} from "./obj.ts";
import { dictType, ensureNotFixed, PyDict, unhashable } from "./obj_dict.ts";
import { KeyError, raise, TypeError, ValueError } from "./obj_exception.ts";
import { PyClassMethod } from "./obj_property.ts";
import { PyTuple } from "./obj_tuple.ts";
import { eq, getIter, identityHash, iterNext, len, repr, toArray } from "./runtime.ts";

const asDict = (v: PyValue) => v as PyDict;

function reprDict(d: PyDict): string {
  let s = "{";
  let first = true;
  for (const [k, v] of d.entries()) {
    if (!first) s += ", ";
    first = false;
    s += repr(k) + ": " + repr(v);
  }
  return s + "}";
}

/** dict.update semantics for one positional argument: a mapping or (key, value) pairs. */
export function dictUpdateFrom(d: PyDict, src: PyValue): void {
  // A dict subclass instance is read as (key, value) pairs, as MicroPython does (dict(DictSub(a=1))
  // is a ValueError there).
  if (src instanceof PyDict && !src.type.isUserClass) {
    for (const [k, v] of src.entries()) d.set(k, v);
    return;
  }
  const it = getIter(src);
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) {
    const pair = item instanceof PyTuple ? item.items : toArray(item);
    if (pair.length !== 2) raise(ValueError, "dict update sequence has wrong length");
    d.set(pair[0], pair[1]);
  }
}

function updateWithKw(d: PyDict, kw: Kw): void {
  if (kw !== undefined) { for (const [k, v] of kw) d.set(k, v); }
}

function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  if (a.table === undefined) {
    // Two OrderedDicts: equal only with the same entries in the same order.
    const ib = b.entries();
    for (const [k, v] of a.entries()) {
      const [k2, v2] = ib.next().value!;
      if (!eq(k, k2) || !eq(v, v2)) return false;
    }
    return true;
  }
  for (const [k, v] of a.entries()) {
    const w = b.get(k);
    if (w === undefined || !eq(v, w)) return false;
  }
  return true;
}

Object.assign(dictType, {
  makeNew: (type: PyType, args: PyValue[], kw: Kw) => {
    // objdict.c hands the arguments on to dict.update, which counts the new dict as its self
    if (args.length > 1) {
      raise(TypeError, `function expected at most 2 arguments, got ${args.length + 1}`);
    }
    const d = new PyDict(type);
    if (args.length === 1) dictUpdateFrom(d, args[0]);
    updateWithKw(d, kw);
    return d;
  },
  repr: (self: PyValue) => reprDict(asDict(self)),
  len: (self: PyValue) => asDict(self).size,
  hash: unhashable,
  unaryOp: (op: number, self: PyValue) => {
    if (op === UnaryOp.BOOL) return asDict(self).size !== 0;
    if (op === UnaryOp.LEN) return asDict(self).size;
    return undefined;
  },
  binaryOp: (op: number, self: PyValue, other: PyValue) => {
    switch (op) {
      case BinaryOp.CONTAINS:
        return asDict(self).has(other);
      case BinaryOp.EQUAL:
        // An OrderedDict (no slot table) never equals a plain dict, either way round.
        return other instanceof PyDict && (asDict(self).table === undefined) ===
            (other.table === undefined)
          ? dictEqual(asDict(self), other)
          : false;
      case BinaryOp.OR:
      case BinaryOp.INPLACE_OR: {
        // as dict.update: any iterable of pairs (py/objdict.c dict_binary_op)
        const d = op === BinaryOp.OR ? asDict(self).copy() : ensureNotFixed(asDict(self));
        dictUpdateFrom(d, other);
        // a subclass instance's in-place op gives back its native dict (sharing the entries)
        return op === BinaryOp.INPLACE_OR && d.type.isUserClass ? d.alias() : d;
      }
    }
    return undefined;
  },
  getItem: (self: PyValue, key: PyValue) => asDict(self).getItem(key),
  setItem: (self: PyValue, key: PyValue, value: PyValue) =>
    ensureNotFixed(asDict(self)).set(key, value),
  delItem: (self: PyValue, key: PyValue) => {
    if (ensureNotFixed(asDict(self)).delete(key) === undefined) raise(KeyError, key);
  },
  getIter: (self: PyValue) => new PyDictIter(asDict(self), ViewKind.KEYS),
});

// --- views and iteration ------------------------------------------------------------------

const enum ViewKind {
  KEYS,
  VALUES,
  ITEMS,
}
const VIEW_NAMES = ["dict_keys", "dict_values", "dict_items"];

class PyDictIter extends PyObject {
  private it: Iterator<unknown>;
  constructor(public source: PyDict, public kind: ViewKind) {
    super(dictIterType);
    this.it = source.normKeys()[Symbol.iterator]();
  }
  next(): PyValue | undefined {
    const r = this.it.next();
    if (r.done) return undefined;
    const d = this.source;
    const nk = r.value;
    if (!d.map.has(nk)) return this.next();
    if (this.kind === ViewKind.KEYS) return d.keyOf(nk);
    if (this.kind === ViewKind.VALUES) return d.map.get(nk)!;
    return new PyTuple([d.keyOf(nk), d.map.get(nk)!]);
  }
}

const dictIterType: PyType = defineType({
  name: "iterator",
  getIter: (self) => self,
  iterNext: (self) => (self as PyDictIter).next(),
});

export class PyDictView extends PyObject {
  constructor(public source: PyDict, public kind: ViewKind) {
    super(dictViewType);
  }
}

const dictViewType: PyType = defineType({
  name: "dict_view",
  // keys and items views compare as sets, so they are unhashable; a values view hashes by
  // identity as in MicroPython.
  hash: (self) =>
    (self as PyDictView).kind === ViewKind.VALUES
      ? identityHash(self as PyDictView)
      : unhashable(self),
  repr: (self) => {
    const v = self as PyDictView;
    const parts: string[] = [];
    const it = new PyDictIter(v.source, v.kind);
    for (let x = it.next(); x !== undefined; x = it.next()) parts.push(repr(x));
    return `${VIEW_NAMES[v.kind]}([${parts.join(", ")}])`;
  },
  len: (self) => (self as PyDictView).source.size,
  getIter: (self) => new PyDictIter((self as PyDictView).source, (self as PyDictView).kind),
  binaryOp: (op, self, other) => {
    if (op !== BinaryOp.CONTAINS) return undefined;
    const v = self as PyDictView;
    if (v.kind === ViewKind.KEYS) return v.source.has(other);
    const it = new PyDictIter(v.source, v.kind);
    for (let x = it.next(); x !== undefined; x = it.next()) if (eq(x, other)) return true;
    return false;
  },
});

// --- methods ------------------------------------------------------------------------------

addMethods(dictType, [
  ["clear", (a) => (ensureNotFixed(asDict(a[0])).clear(), null), 1, 1],
  [
    "copy",
    (a) => {
      const d = asDict(a[0]);
      // MicroPython copies the native type: OrderedDict stays one, subclasses don't survive.
      const t = d.type.isUserClass ? d.type.nativeBase ?? dictType : d.type;
      return d.copy(d.table === undefined ? t : dictType);
    },
    1,
    1,
  ],
  [
    "get",
    (a) => {
      const v = asDict(a[0]).get(a[1]);
      return v !== undefined ? v : a.length > 2 ? a[2] : null;
    },
    2,
    3,
  ],
  ["items", (a) => new PyDictView(asDict(a[0]), ViewKind.ITEMS), 1, 1],
  ["keys", (a) => new PyDictView(asDict(a[0]), ViewKind.KEYS), 1, 1],
  ["values", (a) => new PyDictView(asDict(a[0]), ViewKind.VALUES), 1, 1],
  [
    "pop",
    (a) => {
      const v = ensureNotFixed(asDict(a[0])).delete(a[1]);
      if (v !== undefined) return v;
      if (a.length > 2) return a[2];
      return raise(KeyError, a[1]);
    },
    2,
    3,
  ],
  [
    "popitem",
    (a) => {
      const e = ensureNotFixed(asDict(a[0])).popItem();
      if (e === undefined) return raise(KeyError, "popitem(): dictionary is empty");
      return new PyTuple(e);
    },
    1,
    1,
  ],
  [
    "setdefault",
    (a) => {
      const d = ensureNotFixed(asDict(a[0]));
      const v = d.get(a[1]);
      if (v !== undefined) return v;
      const dflt = a.length > 2 ? a[2] : null;
      d.set(a[1], dflt);
      return dflt;
    },
    2,
    3,
  ],
  [
    "update",
    (a, kw) => {
      const d = ensureNotFixed(asDict(a[0]));
      if (a.length > 1) dictUpdateFrom(d, a[1]);
      updateWithKw(d, kw);
      return null;
    },
    1,
    2,
    true,
  ],
]);

// fromkeys is a classmethod: dict.fromkeys(iterable, value=None), also through an instance.
// MicroPython ignores the class (the result is a plain dict) but counts it among the arguments.
dictType.locals.set(
  "fromkeys",
  new PyClassMethod(builtin(
    "fromkeys",
    (a) => {
      if (a.length > 3) {
        raise(TypeError, `function expected at most 3 arguments, got ${a.length}`);
      }
      const keys = toArray(a[1]);
      let size = 0;
      try {
        size = len(a[1]);
      } catch {
        size = 0;
      }
      const d = new PyDict(dictType, size);
      const v = a.length > 2 ? a[2] : null;
      for (const k of keys) d.set(k, v);
      return d;
    },
    2,
    -1,
  )),
);

/** Build a dict from keyword arguments (used by the VM for **kwargs). */
export function dictFromKw(kw: Kw): PyDict {
  const d = new PyDict();
  updateWithKw(d, kw);
  return d;
}
