// User-defined classes (py/objtype.c): `class` statements and type(name, bases, dict) make a
// UserType whose slots dispatch to the Python special methods found along its MRO. Slots are
// installed only where a class (or its native base) has the matching special method, so plain
// classes keep the runtime's fast paths; they are recomputed when a dunder is assigned on a
// class later.
//
// Instances: a plain class makes `PyObject`s with `type` = the class. A subclass of a native
// type whose constructor honours a `type` argument (list, dict, tuple, exceptions, ...) makes
// the native object itself with `type` = the class. Other native bases (int, str, float...)
// are wrapped: a `PyInstance` holding the native value in `native` (MicroPython's subobj[0]).
import { checkName } from "./qstr_limit.ts";
import { encodeUtf8 } from "./str_utf8.ts";
import {
  builtin,
  defineType,
  type Kw,
  objectType,
  PyBuiltin,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./obj.ts";
import { dictType, PyDict } from "./obj_dict.ts";
import { frozensetType, setType } from "./obj_set.ts";
import { BinaryOp } from "./bytecode.ts";
import { AttributeError, BaseException, raise, StopIteration, TypeError } from "./obj_exception.ts";
import { PyTuple } from "./obj_tuple.ts";
import { call, exceptionMatchHook, getattrFallback, PyBoundMethod, str } from "./runtime.ts";
import { moduleHooks } from "./obj_module.ts";
import { isSubtype } from "./obj.ts";
import { PyClassMethod, PyStaticMethod } from "./obj_property.ts";
import {
  BINARY_SET,
  callSpecialValue,
  defaultRepr,
  instanceBinaryOp,
  instanceCall,
  instanceDelItem,
  instanceDescrGet,
  instanceDescrSet,
  instanceGetItem,
  instanceGetIter,
  instanceHash,
  instanceIterNext,
  instanceLen,
  instanceRepr,
  instanceSetAttr,
  instanceSetItem,
  instanceStr,
  instanceUnaryOp,
  lookupSpecial,
  nativeOf,
  PyInstance,
  UNARY_SET,
  UserType,
  wrappedGetAttr,
} from "./obj_type_slots.ts";

export {
  callSpecialValue,
  lookupSpecial,
  nativeOf,
  PyInstance,
  UserType,
} from "./obj_type_slots.ts";

// --- instance creation -----------------------------------------------------------------------

/** Instances whose native base has not been constructed yet (MicroPython defers it so that
 * __init__ can call super().__init__(...) with its own arguments). */
const pendingNative = new WeakSet<object>();

/** A new, uninitialised instance of `cls` (object.__new__). */
export function allocInstance(cls: PyType): PyObject {
  const nb = cls.nativeBase;
  if (nb === undefined) return new PyObject(cls);
  let o: PyObject;
  try {
    const r = nb.makeNew!(cls, [], undefined);
    o = r instanceof PyObject && r.type === cls ? r : new PyInstance(cls, undefined);
  } catch {
    o = new PyInstance(cls, undefined);
  }
  pendingNative.add(o);
  return o;
}

/** Construct the native part of `obj` from `args` (super().__init__ reaching a native base,
 * or the deferred construction after __init__). */
export function initNative(obj: PyValue, args: PyValue[], kw: Kw): void {
  if (!(obj instanceof PyObject)) return;
  const nb = obj.type.nativeBase;
  if (nb === undefined || nb.makeNew === undefined) return;
  pendingNative.delete(obj);
  const fresh = nb.makeNew(obj.type, args, kw);
  if (obj instanceof PyInstance) {
    obj.native = fresh instanceof PyObject && fresh.type === obj.type ? (fresh as PyObject) : fresh;
    return;
  }
  if (fresh instanceof PyObject && fresh.constructor === obj.constructor) {
    for (const k of Object.keys(fresh)) {
      // deno-lint-ignore no-explicit-any
      if (k !== "dict" && k !== "type") (obj as any)[k] = (fresh as any)[k];
    }
  }
}

function unwrapCallable(v: PyValue): PyValue {
  if (v instanceof PyStaticMethod || v instanceof PyClassMethod) return v.fn;
  return v;
}

function instanceMakeNew(type: PyType, args: PyValue[], kw: Kw): PyValue {
  const cls = type as UserType;
  if (cls.plainNew) return new PyObject(cls);
  const newFn = lookupSpecial(cls, "__new__");
  let obj: PyValue;
  if (newFn !== undefined) {
    obj = call(unwrapCallable(newFn), [cls, ...args], kw);
    if (typeOf(obj) !== cls) return obj;
  } else {
    const nb = cls.nativeBase;
    if (nb !== undefined && lookupSpecial(cls, "__init__") === undefined) {
      const r = nb.makeNew!(cls, args, kw);
      return r instanceof PyObject && r.type === cls ? r : new PyInstance(cls, r);
    }
    obj = allocInstance(cls);
  }
  const init = lookupSpecial(cls, "__init__");
  if (init !== undefined) {
    const r = callSpecialValue(init, cls, obj, args, kw);
    if (r !== null) {
      raise(TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
    }
  }
  if (obj instanceof PyObject && pendingNative.has(obj)) initNative(obj, args, kw);
  return obj;
}

// --- class creation --------------------------------------------------------------------------

function dunderNamesOf(cls: PyType): Set<string> {
  const names = new Set<string>();
  for (const t of cls.mro) {
    if (t === objectType) continue;
    for (const k of t.locals.keys()) if (k.startsWith("__")) names.add(k);
  }
  return names;
}

/** (Re)compute a class's slots from the special methods it has. */
function installSlots(cls: UserType): void {
  cls.special.clear();
  const has = dunderNamesOf(cls);
  const nb = cls.nativeBase;
  cls.makeNew = instanceMakeNew;
  cls.plainNew = nb === undefined && !has.has("__new__") && !has.has("__init__");
  cls.repr = instanceRepr;
  cls.str = instanceStr;
  cls.call = has.has("__call__") || nb?.call || nb === typeType ? instanceCall : undefined;
  let bin = nb?.binaryOp !== undefined;
  for (const n of has) if (BINARY_SET.has(n)) bin = true;
  cls.binaryOp = bin ? instanceBinaryOp : undefined;
  let un = nb?.unaryOp !== undefined;
  for (const n of has) if (UNARY_SET.has(n)) un = true;
  cls.unaryOp = un ? instanceUnaryOp : undefined;
  cls.hash = has.has("__hash__") || has.has("__eq__") || nb?.hash !== undefined
    ? instanceHash
    : undefined;
  cls.len = has.has("__len__") || nb?.len !== undefined ? instanceLen : undefined;
  cls.getItem = has.has("__getitem__") || nb?.getItem ? instanceGetItem : undefined;
  // A native base with any subscript slot takes stores and deletes too (and names itself when
  // it refuses them, as mp_obj_subscr on the subobj does).
  const subscr = nb?.getItem ?? nb?.setItem ?? nb?.delItem;
  cls.setItem = has.has("__setitem__") || subscr ? instanceSetItem : undefined;
  cls.delItem = has.has("__delitem__") || subscr ? instanceDelItem : undefined;
  cls.getIter = has.has("__iter__") || nb?.getIter ? instanceGetIter : undefined;
  cls.iterNext = has.has("__next__") || nb?.iterNext ? instanceIterNext : undefined;
  cls.setAttr = has.has("__setattr__") || has.has("__delattr__") || nb?.setAttr
    ? instanceSetAttr
    : undefined;
  cls.descrGet = has.has("__get__") ? instanceDescrGet : undefined;
  cls.descrSet = has.has("__set__") || has.has("__delete__") ? instanceDescrSet : undefined;
  // A str subclass instance offers its native str's UTF-8 through the buffer protocol, as the
  // subobj does in MicroPython (int(S("5")), bytes(S("ab")), b"x" + S("y")).
  cls.buffer = nb === typeOf("") ? (self) => encodeUtf8(nativeOf(self) as string) : nb?.buffer;
  cls.getAttr = undefined;
  if (nb !== undefined) {
    if (wrapsNative(nb)) cls.getAttr = wrappedGetAttr;
    else if (nb.getAttr !== undefined) {
      // The instance's own attributes come before the native ones (self.value = ... in an
      // Exception subclass shadows the native .value).
      const native = nb.getAttr;
      cls.getAttr = (self, name) => {
        const d = (self as PyObject).dict;
        const v = d === undefined ? undefined : d.get(name);
        return v !== undefined ? v : native(self, name);
      };
    }
  }
}

/** Natives whose values can't carry a user type: instances wrap the value. */
const wrappedNatives = new WeakMap<PyType, boolean>();
function wrapsNative(nb: PyType): boolean {
  let w = wrappedNatives.get(nb);
  if (w === undefined) {
    const probe = new UserType("_probe", [nb]);
    probe.mro = [probe, ...nb.mro];
    try {
      const r = nb.makeNew!(probe, [], undefined);
      w = !(r instanceof PyObject && r.type === probe);
    } catch {
      w = true;
    }
    wrappedNatives.set(nb, w);
  }
  return w;
}

function refreshSlots(cls: UserType): void {
  installSlots(cls);
  for (const sub of cls.subclasses) installSlots(sub);
}

/** The first native type (other than object) in an MRO. */
function findNativeBase(cls: PyType): PyType | undefined {
  let found: PyType | undefined;
  for (const t of cls.mro) {
    if (t === cls) continue;
    const nb = t.isUserClass ? t.nativeBase : t === objectType ? undefined : t;
    if (nb === undefined) continue;
    if (found === undefined) found = nb;
    else if (!isSubtype(found, nb) && !isSubtype(nb, found)) {
      raise(TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  return found;
}

/** Create a class (the work of `__build_class__` after the body ran, and of type(n, b, d)). */
export function makeClass(
  name: string,
  bases: PyType[],
  locals: PyDict,
  kw?: Map<string, PyValue>,
): PyType {
  // MicroPython's __build_class__ takes no keywords (not even metaclass=).
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
  for (const b of bases) {
    if (!(b instanceof PyType)) raise(TypeError);
    if (!b.isUserClass && (b.makeNew === undefined || b.notBase)) {
      raise(TypeError, `type '${b.name}' isn't an acceptable base type`);
    }
  }
  const cls = new UserType(name, bases.length === 0 ? [objectType] : bases.slice());
  cls.isUserClass = true;
  // The class keeps the namespace dict itself as its locals (as MicroPython does), so that
  // __dict__ has MicroPython's layout; its keys are names.
  let ns = locals;
  for (const k of locals.map.keys()) {
    if (typeof k !== "string") {
      ns = new PyDict();
      for (const [k2, v] of locals.map) if (typeof k2 === "string") ns.set(k2, v);
      break;
    }
  }
  cls.nsDict = ns;
  cls.locals = ns.map as Map<string, PyValue>;
  // __new__ is implicitly a staticmethod (mp_obj_new_type wraps a plain function).
  const newFn = cls.locals.get("__new__");
  if (newFn !== undefined && typeOf(newFn).isMethodLike) {
    cls.locals.set("__new__", new PyStaticMethod(newFn));
  }
  for (const [k, v] of cls.locals) {
    if (isPlainBuiltin(v)) cls.locals.set(k, new PyStaticMethod(v));
  }
  const mro: PyType[] = [cls];
  const seen = new Set<PyType>([cls]);
  const visit = (t: PyType) => {
    for (const b of t.bases) {
      if (b === objectType) continue;
      if (!seen.has(b)) {
        seen.add(b);
        mro.push(b);
      }
      visit(b);
    }
  };
  visit(cls);
  mro.push(objectType);
  cls.mro = mro;
  cls.nativeBase = findNativeBase(cls);
  for (const t of mro) if (t instanceof UserType && t !== cls) t.subclasses.push(cls);
  installSlots(cls);
  // __set_name__ on descriptors defined in the class body.
  for (const [k, v] of cls.locals) {
    const vt = typeOf(v);
    if (vt.isUserClass) {
      const f = lookupSpecial(vt, "__set_name__");
      if (f !== undefined) callSpecialValue(f, vt, v, [cls, k]);
    }
  }
  return cls;
}

// --- the type type ---------------------------------------------------------------------------

/** A dict that shares storage with an attribute map (instance or class __dict__). */
function dictView(map: Map<string, PyValue>): PyDict {
  const d = new PyDict();
  for (const [k, v] of map) d.set(k, v);
  d.map = map as Map<unknown, PyValue>;
  return d;
}

/** A builtin function (not a native type's method) stored in a user class: MicroPython never
 * binds those to the instance ("built-in functions on user types always behave like a
 * staticmethod"), so the class holds it as one. */
function isPlainBuiltin(v: PyValue): v is PyBuiltin {
  return v instanceof PyBuiltin && v.owner === undefined;
}

/** A class's __dict__: a user class's own namespace dict (its slot layout brought up to date
 * with entries set on `locals` directly), else a view of a native type's locals. */
function classDict(cls: PyType): PyDict {
  if (!(cls instanceof UserType)) return dictView(cls.locals);
  const d = cls.nsDict;
  const t = d.table;
  if (t !== undefined) {
    for (const k of d.map.keys()) if (!t.pos.has(k)) t.insert(k);
    if (t.pos.size !== d.map.size) {
      for (const k of [...t.pos.keys()]) if (!d.map.has(k)) t.remove(k);
    }
  }
  return d;
}

typeType.makeNew = (_meta, args, kw) => {
  // type_make_new: mp_arg_check_num(n_args, n_kw, 1, 3, false) comes first.
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
  if (args.length === 0) raise(TypeError, "function missing 1 required positional arguments");
  if (args.length > 3) {
    raise(TypeError, `function expected at most 3 arguments, got ${args.length}`);
  }
  if (args.length === 1) return typeOf(args[0]);
  if (args.length !== 3) return raise(TypeError, "type takes 1 or 3 arguments");
  const [name, bases, dict] = args;
  if (typeof name !== "string") {
    raise(TypeError, `can't convert '${typeOf(name).name}' object to str implicitly`);
  }
  if (!(bases instanceof PyTuple) || !(dict instanceof PyDict)) return raise(TypeError);
  return makeClass(checkName(str(name)), bases.items as PyType[], dict);
};
typeType.repr = (self) => `<class '${(self as PyType).name}'>`;
typeType.getAttr = (self, name) => {
  if (name.charCodeAt(0) !== 95 || !(self instanceof PyType)) return undefined;
  if (self === objectType) {
    const m = objectMethods.get(name);
    if (m !== undefined) return m instanceof PyStaticMethod ? m.fn : m;
  }
  switch (name) {
    case "__name__":
      return self.name;
    case "__bases__":
      return new PyTuple(self.bases.slice());
    case "__dict__":
      return classDict(self);
    case "__class__":
      return typeOf(self);
  }
  return undefined;
};
typeType.setAttr = (self, name, value) => {
  if (!(self instanceof PyType)) return false;
  if (!(self instanceof UserType)) {
    return raise(AttributeError, `'type' object has no attribute '${name}'`);
  }
  if (value === undefined) {
    if (self.nsDict.delete(name) === undefined) {
      raise(AttributeError, `'type' object has no attribute '${name}'`);
    }
  } else self.nsDict.set(name, isPlainBuiltin(value) ? new PyStaticMethod(value) : value);
  if (name.startsWith("__")) refreshSlots(self);
  return true;
};

// --- object ----------------------------------------------------------------------------------

objectType.makeNew = (type, args, kw) => {
  // Native types reach here only by inheriting the slot: they have no constructor.
  if (type !== objectType && !type.isUserClass) {
    raise(TypeError, `can't create '${type.name}' instances`);
  }
  // mp_arg_check_num: keywords are refused before the positional count is checked
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
  if (args.length > 0) {
    raise(TypeError, `function takes 0 positional arguments but ${args.length} were given`);
  }
  return new PyObject(type);
};
objectType.repr = (self) => {
  const t = (self as PyObject).type;
  return t === objectType ? "<object>" : defaultRepr(self);
};

/** Descriptor type for `__class__` and `__dict__` on every object. */
class PySpecialAttr extends PyObject {
  constructor(public get: (obj: PyValue | undefined, owner: PyType) => PyValue) {
    super(specialAttrType);
  }
}
const specialAttrType: PyType = defineType({
  name: "getset_descriptor",
  descrGet: (d, obj, owner) => (d as PySpecialAttr).get(obj, owner),
});

objectType.locals.set(
  "__class__",
  new PySpecialAttr((obj, owner) => (obj === undefined ? typeOf(owner) : typeOf(obj))),
);
objectType.locals.set(
  "__dict__",
  new PySpecialAttr((obj, owner) => {
    if (obj === undefined) return classDict(owner);
    if (obj instanceof PyObject && obj.type.isUserClass) {
      // MicroPython hands out a read-only copy of the instance's members (objtype.c).
      const d = dictView(new Map(obj.dict ?? []));
      d.fixed = true;
      return d;
    }
    if (obj instanceof PyObject && obj.dict !== undefined) return dictView(obj.dict);
    return raise(AttributeError, `'${typeOf(obj).name}' object has no attribute '__dict__'`);
  }),
);
/** object's methods. MicroPython's attribute lookup never reaches them through another type
 * or an instance (A.__init__ is an AttributeError unless A defines it): only `object.name`
 * and super() find them, so they are kept out of object's locals. */
export const objectMethods = new Map<string, PyValue>();

objectMethods.set(
  "__init__",
  builtin("__init__", () => null, 1, 1, false, objectType),
);
objectMethods.set(
  "__new__",
  new PyStaticMethod(builtin(
    "__new__",
    (a) => {
      const cls = a[0];
      if (!(cls instanceof PyType) || !cls.isUserClass) {
        return raise(TypeError, "arg must be user-type");
      }
      return allocInstance(cls);
    },
    1,
    1,
  )),
);

function objectDict(self: PyValue, name: PyValue): Map<string, PyValue> {
  if (!(self instanceof PyObject)) return raise(TypeError, "arg must be user-type");
  if (typeof name !== "string") return raise(TypeError, "can't convert to str implicitly");
  if (self.dict === undefined) self.dict = new Map();
  return self.dict;
}
objectMethods.set(
  "__setattr__",
  builtin(
    "__setattr__",
    (a) => {
      objectDict(a[0], a[1]).set(a[1] as string, a[2]);
      return null;
    },
    3,
    3,
    false,
    objectType,
  ),
);
objectMethods.set(
  "__delattr__",
  builtin(
    "__delattr__",
    (a) => {
      if (!objectDict(a[0], a[1]).delete(a[1] as string)) {
        raise(AttributeError, "no such attribute");
      }
      return null;
    },
    2,
    2,
    false,
    objectType,
  ),
);

moduleHooks.call = call;

// __getattr__ of user classes, tried after normal lookup fails.
const nextOfIterator = builtin(
  "__next__",
  (a) => {
    const v = typeOf(a[0]).iterNext!(a[0]);
    if (v !== undefined) return v;
    return a.length > 1 ? a[1] : raise(StopIteration); // it is next(): a default is allowed
  },
  1,
  2,
);
/** What `it.__next__` binds: the builtin next, which the VM installs (it keeps a generator's
 * return value); the plain version above until then. */
export const iteratorNextHook: { next: PyValue } = { next: nextOfIterator };
// Any iterator answers `__next__` with the builtin next bound to it (py/runtime.c
// mp_load_method_maybe).
getattrFallback.fallback = (obj, name) => {
  const t = typeOf(obj);
  if (name === "__next__" && t.iterNext !== undefined && !(obj instanceof PyType)) {
    return new PyBoundMethod(obj, iteratorNextHook.next);
  }
  if (!t.isUserClass) return undefined;
  const f = lookupSpecial(t, "__getattr__");
  if (f === undefined) return undefined;
  return callSpecialValue(f, t, obj, [name]);
};

// --- isinstance / issubclass -----------------------------------------------------------------

function subclassCheck(t: PyType, classinfo: PyValue): boolean {
  // MicroPython's bool has no parent type: it is not a subclass of int.
  if (classinfo instanceof PyType) {
    return isSubtype(t, classinfo);
  }
  if (classinfo instanceof PyTuple) {
    // A tuple's items are not checked: anything but a class (even a nested tuple) never matches.
    for (const c of classinfo.items) if (c instanceof PyType && isSubtype(t, c)) return true;
    return false;
  }
  return raise(TypeError, "issubclass() arg 2 must be a class or a tuple of classes");
}

// `except T:` / `except (T1, T2):` match by subclass (mp_obj_exception_match).
// Anything but exception classes is refused as the binary op EXCEPTION_MATCH refuses it, a
// tuple's items checked in turn up to the first match (py/runtime.c mp_binary_op).
exceptionMatchHook.match = (e, type) => {
  if (isExceptionClass(type)) return isSubtype(typeOf(e), type);
  if (type instanceof PyTuple) {
    for (const t of type.items) {
      if (!isExceptionClass(t)) notExceptionClass(e, t);
      if (isSubtype(typeOf(e), t)) return true;
    }
    return false;
  }
  return notExceptionClass(e, type);
};
const isExceptionClass = (t: PyValue): t is PyType =>
  t instanceof PyType && isSubtype(t, BaseException);
function notExceptionClass(e: PyValue, t: PyValue): never {
  return raise(TypeError, `unsupported types for : '${typeOf(e).name}', '${typeOf(t).name}'`);
}

export function isinstance(obj: PyValue, classinfo: PyValue): boolean {
  return subclassCheck(typeOf(obj), classinfo);
}

export function issubclass(cls: PyValue, classinfo: PyValue): boolean {
  if (!(cls instanceof PyType)) return raise(TypeError, "issubclass() arg 1 must be a class");
  return subclassCheck(cls, classinfo);
}

/** Bind a class attribute value for instance `obj` (a bound method for functions). */
export function bindValue(v: PyValue, obj: PyValue, owner: PyType): PyValue {
  const vt = typeOf(v);
  if (vt.isMethodLike) return new PyBoundMethod(obj, v);
  return vt.descrGet !== undefined ? vt.descrGet(v, obj, owner) : v;
}

// --- special methods natives expose as attributes -------------------------------------------
// MicroPython's dict has __getitem__/__setitem__/__delitem__ and set/frozenset __contains__ in
// their locals (so e.g. super().__getitem__(k) works in a dict subclass); other natives have
// none. They call the native slot directly (a subclass's own override must not recurse).
function nativeDunder(t: PyType, name: string, n: number, fn: (a: PyValue[]) => PyValue): void {
  t.locals.set(name, builtin(name, (a) => fn([nativeOf(a[0]), ...a.slice(1)]), n, n, false, t));
}
nativeDunder(dictType, "__getitem__", 2, (a) => dictType.getItem!(a[0], a[1]));
nativeDunder(dictType, "__setitem__", 3, (a) => (dictType.setItem!(a[0], a[1], a[2]), null));
nativeDunder(dictType, "__delitem__", 2, (a) => (dictType.delItem!(a[0], a[1]), null));
for (const t of [setType, frozensetType]) {
  nativeDunder(t, "__contains__", 2, (a) => t.binaryOp!(BinaryOp.CONTAINS, a[0], a[1])!);
}
