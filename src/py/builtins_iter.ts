// Builtins that make or consume iterators: enumerate, zip, map, filter, reversed, iter, next,
// sorted, min, max, sum, any, all, len (py/modbuiltins.c, objenumerate.c, objzip.c, ...).
import { BinaryOp } from "./bytecode.ts";
import {
  builtin,
  defineType,
  type Kw,
  PyObject,
  type PyType,
  type PyValue,
  typeOf,
} from "./obj.ts";
import { raise, StopIteration, TypeError, ValueError } from "./obj_exception.ts";
import { PyList } from "./obj_list.ts";
import { PyTuple } from "./obj_tuple.ts";
import { wordInt } from "./obj_int.ts";
import {
  binaryOp,
  call,
  getItem,
  getIter,
  isCallable,
  iterNext,
  len,
  lookupAttr,
  toArray,
  truthy,
} from "./runtime.ts";
import { mpSort } from "./seq.ts";
import { callSpecialValue, lookupSpecial } from "./obj_type_slots.ts";

/** len(v) as the builtin returns it: a user __len__'s result unchecked (mp_obj_len). */
function lenObj(v: PyValue): PyValue {
  if (v instanceof PyObject && v.type.isUserClass) {
    const f = lookupSpecial(v.type, "__len__");
    if (f !== undefined) return callSpecialValue(f, v.type, v, []);
  }
  return len(v);
}

/** Define an iterator type whose instances carry a `next` function. */
function iteratorType(name: string): PyType {
  return defineType({
    name,
    getIter: (self) => self,
    iterNext: (self) => (self as PyNativeIter).next(),
  });
}

class PyNativeIter extends PyObject {
  constructor(type: PyType, public next: () => PyValue | undefined) {
    super(type);
  }
}

function noKw(kw: Kw): void {
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
}

export const enumerateType: PyType = iteratorType("enumerate");
// enumerate(iterable, start=0), both also by keyword; start is a machine-word int
// (objenumerate.c parses them with mp_arg_parse_all).
enumerateType.makeNew = (_t, args, kw) => {
  let used = 0;
  const arg = (i: number, name: string): PyValue | undefined => {
    if (i < args.length) return args[i];
    const v = kw?.get(name);
    if (v !== undefined) used++;
    return v;
  };
  const iterable = arg(0, "iterable");
  if (iterable === undefined) return raise(TypeError, "'iterable' argument required");
  const startArg = arg(1, "start");
  let i = startArg === undefined ? 0 : wordInt(startArg);
  if (args.length > 2) raise(TypeError, "extra positional arguments given");
  if (used < (kw?.size ?? 0)) raise(TypeError, "extra keyword arguments given");
  const it = getIter(iterable);
  return new PyNativeIter(enumerateType, () => {
    const x = iterNext(it);
    if (x === undefined) return undefined;
    // MP_OBJ_NEW_SMALL_INT(cur++) on the 32-bit reference build: a count past 2**30 wraps
    // into the 31-bit small-int range
    const n = (i << 1) >> 1;
    i = (i + 1) | 0;
    return new PyTuple([n, x]);
  });
};

export const zipType: PyType = iteratorType("zip");
zipType.makeNew = (_t, args, kw) => {
  noKw(kw);
  const its = args.map(getIter);
  return new PyNativeIter(zipType, () => {
    if (its.length === 0) return undefined;
    const items: PyValue[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const x = iterNext(its[i]);
      if (x === undefined) return undefined;
      items[i] = x;
    }
    return new PyTuple(items);
  });
};

export const mapType: PyType = iteratorType("map");
mapType.makeNew = (_t, args, kw) => {
  noKw(kw);
  if (args.length < 2) {
    raise(TypeError, `function missing ${2 - args.length} required positional arguments`);
  }
  const fn = args[0];
  const its = args.slice(1).map(getIter);
  return new PyNativeIter(mapType, () => {
    const items: PyValue[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const x = iterNext(its[i]);
      if (x === undefined) return undefined;
      items[i] = x;
    }
    return call(fn, items);
  });
};

export const filterType: PyType = iteratorType("filter");
filterType.makeNew = (_t, args, kw) => {
  noKw(kw);
  if (args.length !== 2) {
    raise(TypeError, `function takes 2 positional arguments but ${args.length} were given`);
  }
  const fn = args[0];
  const it = getIter(args[1]);
  return new PyNativeIter(filterType, () => {
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
      if (fn === null ? truthy(x) : truthy(call(fn, [x]))) return x;
    }
    return undefined;
  });
};

export const reversedType: PyType = iteratorType("reversed");
reversedType.makeNew = (_t, args, kw) => {
  noKw(kw);
  if (args.length !== 1) {
    raise(TypeError, `function takes 1 positional arguments but ${args.length} were given`);
  }
  const seq = args[0];
  const custom = lookupAttr(seq, "__reversed__");
  if (custom !== undefined) return call(custom, []);
  if (seq instanceof PyList || seq instanceof PyTuple) {
    let i = seq.items.length;
    return new PyNativeIter(reversedType, () => {
      const items = seq.items;
      if (i > items.length) i = items.length;
      return i > 0 ? items[--i] : undefined;
    });
  }
  let i = len(seq);
  return new PyNativeIter(reversedType, () => (i > 0 ? getItem(seq, --i) : undefined));
};

// --- functions ------------------------------------------------------------------------------

function next(args: PyValue[]): PyValue {
  const it = args[0];
  const t = typeOf(it);
  if (t.iterNext === undefined) raise(TypeError, `'${t.name}' object isn't an iterator`);
  const v = t.iterNext(it);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1];
  return raise(StopIteration);
}

// MicroPython's iter() takes one argument: no iter(callable, sentinel).
function iter(args: PyValue[]): PyValue {
  return getIter(args[0]);
}

/** min/max with key= and default= (py/modbuiltins.c min_max). */
// Other keywords are ignored, and a given key is called even when it is None.
function minMax(args: PyValue[], kw: Kw, op: number): PyValue {
  const key = kw?.get("key");
  const dflt = kw?.get("default");
  const items = args.length === 1 ? toArray(args[0]) : args;
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    return raise(ValueError, "arg is an empty sequence");
  }
  let best = items[0];
  let bestKey = key === undefined ? best : call(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const k = key === undefined ? items[i] : call(key, [items[i]]);
    if (truthy(binaryOp(op, k, bestKey))) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}

function sorted(args: PyValue[], kw: Kw): PyValue {
  // modbuiltins.c: only the iterable is positional; a second one is taken for a key function.
  if (args.length > 1) raise(TypeError, "must use keyword argument for key function");
  const items = toArray(args[0]);
  let key: PyValue = null;
  let reverse = false;
  if (kw !== undefined) {
    for (const [k, v] of kw) {
      if (k === "key") key = v;
      else if (k === "reverse") reverse = truthy(v);
      else raise(TypeError, "extra keyword arguments given");
    }
  }
  mpSort(items, key === null ? undefined : (x) => call(key, [x]), reverse);
  return new PyList(items);
}

function sum(args: PyValue[]): PyValue {
  let acc: PyValue = args.length > 1 ? args[1] : 0;
  const it = getIter(args[0]);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (typeof acc === "number" && typeof x === "number") {
      const r = acc + x;
      acc = Number.isSafeInteger(r) ? r : binaryOp(BinaryOp.ADD, acc, x);
    } else acc = binaryOp(BinaryOp.ADD, acc, x);
  }
  return acc;
}

function anyAll(args: PyValue[], want: boolean): boolean {
  const it = getIter(args[0]);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (truthy(x) === want) return want;
  }
  return !want;
}

/** [name, value] rows for the builtins namespace. */
export const iterBuiltins: [string, PyValue][] = [
  ["enumerate", enumerateType],
  ["zip", zipType],
  ["map", mapType],
  ["filter", filterType],
  ["reversed", reversedType],
  ["next", builtin("next", next, 1, 2)],
  ["iter", builtin("iter", iter, 1, 1)],
  ["len", builtin("len", (a) => lenObj(a[0]), 1, 1)],
  ["sorted", builtin("sorted", sorted, 1, -1, true)],
  ["min", builtin("min", (a, kw) => minMax(a, kw, BinaryOp.LESS), 1, -1, true)],
  ["max", builtin("max", (a, kw) => minMax(a, kw, BinaryOp.MORE), 1, -1, true)],
  ["sum", builtin("sum", sum, 1, 2)],
  ["any", builtin("any", (a) => anyAll(a, true), 1, 1)],
  ["all", builtin("all", (a) => anyAll(a, false), 1, 1)],
  ["callable", builtin("callable", (a) => isCallable(a[0]), 1, 1)],
];
