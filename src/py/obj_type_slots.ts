// Slot functions of user classes (py/objtype.c instance_*): each dispatches to the Python
// special method found along the class's MRO, else to the native base's slot. Also the
// UserType and PyInstance representations they work on (see obj_type.ts).
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import {
  type Kw,
  NotImplemented,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./obj.ts";
import { isException, raise, StopIteration, TypeError } from "./obj_exception.ts";
import {
  binaryOp as runtimeBinaryOp,
  binaryOpName,
  call,
  identityHash,
  lookupAttr,
  repr,
  str,
} from "./runtime.ts";
import { isSubtype } from "./obj.ts";
import { PyDict } from "./obj_dict.ts";
import { PyList } from "./obj_list.ts";
import { vmEnv } from "./vm_env.ts";
import { PyClassMethod, PyStaticMethod } from "./obj_property.ts";

/** Marks a special method the class lacks in its lookup cache (None, a real value, is null). */
const ABSENT: unique symbol = Symbol("absent");

/** A class made by a `class` statement or type(name, bases, dict). */
export class UserType extends PyType {
  /** Cache of special-method lookups; cleared when slots are recomputed. */
  special: Map<string, PyValue | typeof ABSENT>;
  /** Classes that have this one in their MRO (to refresh their slots). */
  subclasses: UserType[];
  /** Does instance creation need the slow path (__new__, __init__ or a native base)? */
  plainNew: boolean;
  /** The class namespace dict; `locals` is its map (keys are names). */
  nsDict: PyDict;
  constructor(name: string, bases: PyType[]) {
    super(typeType, name, bases);
    this.nsDict = new PyDict();
    this.locals = this.nsDict.map as Map<string, PyValue>;
    this.special = new Map();
    this.subclasses = [];
    this.plainNew = false;
  }
}

/** An instance of a user class derived from a native type whose values can't carry a type
 * (int, str, float, ...): the native value lives in `native`. */
export class PyInstance extends PyObject {
  native: PyValue | undefined;
  constructor(type: PyType, native: PyValue | undefined) {
    super(type);
    this.native = native;
  }
}

/** The native part of an instance (itself for natively represented subclasses). */
export function nativeOf(v: PyValue): PyValue {
  if (v instanceof PyInstance) {
    if (v.native === undefined) return raise(TypeError, "native base not initialised");
    return v.native;
  }
  return v;
}

// --- special method lookup -----------------------------------------------------------------

/** Find a special method along the class's MRO, skipping `object` (as MicroPython does). */
export function lookupSpecial(cls: PyType, name: string): PyValue | undefined {
  if (cls instanceof UserType) {
    const c = cls.special.get(name);
    if (c !== undefined) return c === ABSENT ? undefined : c;
    const v = findSkippingObject(cls, name);
    cls.special.set(name, v === undefined ? ABSENT : v);
    return v;
  }
  return findSkippingObject(cls, name);
}

function findSkippingObject(cls: PyType, name: string): PyValue | undefined {
  const mro = cls.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    if (t === objectType) continue;
    const v = t.locals.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Call a special method value found on `cls` for instance `self` (descriptor rules of
 * mp_convert_member_lookup: functions bind self, classmethods the class). */
export function callSpecialValue(
  v: PyValue,
  cls: PyType,
  self: PyValue,
  args: PyValue[],
  kw: Kw = undefined,
): PyValue {
  const vt = typeOf(v);
  if (vt.isMethodLike) return call(v, [self, ...args], kw);
  if (v instanceof PyStaticMethod) return call(v.fn, args, kw);
  if (v instanceof PyClassMethod) return call(v.fn, [cls, ...args], kw);
  if (vt.descrGet !== undefined) return call(vt.descrGet(v, self, cls), args, kw);
  return call(v, args, kw);
}

function callSpecial1(v: PyValue, self: PyValue): PyValue {
  return typeOf(v).isMethodLike
    ? call(v, [self])
    : callSpecialValue(v, (self as PyObject).type, self, []);
}

function callSpecial2(v: PyValue, self: PyValue, a: PyValue): PyValue {
  return typeOf(v).isMethodLike
    ? call(v, [self, a])
    : callSpecialValue(v, (self as PyObject).type, self, [a]);
}

// --- slot implementations --------------------------------------------------------------------

const BINARY_NAMES: string[] = [];
for (let op = 0; op <= BinaryOp.DIVMOD; op++) BINARY_NAMES[op] = binaryOpName(op);
// Without MICROPY_PY_ALL_INPLACE_SPECIAL_METHODS only __iadd__ and __isub__ exist; the other
// in-place ops fall back to the plain operator.
for (let op: number = BinaryOp.INPLACE_OR; op <= BinaryOp.INPLACE_POWER; op++) {
  if (op !== BinaryOp.INPLACE_ADD && op !== BinaryOp.INPLACE_SUBTRACT) BINARY_NAMES[op] = "";
}
BINARY_NAMES[BinaryOp.CONTAINS] = "__contains__";
const REVERSE_BASE = ["or", "xor", "and", "lshift", "rshift", "add", "sub", "mul", "matmul"];
REVERSE_BASE.push("floordiv", "truediv", "mod", "pow");
for (let i = 0; i < REVERSE_BASE.length; i++) {
  BINARY_NAMES[BinaryOp.REVERSE_OR + i] = `__r${REVERSE_BASE[i]}__`;
}
export const BINARY_SET = new Set(BINARY_NAMES.filter((n) => n !== "" && n !== "?"));

const UNARY_NAMES = [
  "__pos__",
  "__neg__",
  "__invert__",
  "",
  "__bool__",
  "__len__",
  "__hash__",
  "__abs__",
  "__int__",
  "__float__",
  "__complex__",
  "__sizeof__",
];
export const UNARY_SET = new Set(UNARY_NAMES.filter((n) => n !== ""));

export function defaultRepr(self: PyValue): string {
  const o = self as PyObject;
  return `<${o.type.name} object at ${identityHash(o).toString(16)}>`;
}

export function instanceRepr(self: PyValue): string {
  const t = (self as PyObject).type;
  const f = lookupSpecial(t, "__repr__");
  if (f !== undefined) return str(callSpecial1(f, self));
  const nb = t.nativeBase;
  if (nb !== undefined && nb.repr !== undefined) {
    if (self instanceof PyInstance) return repr(nativeOf(self));
    return nb.repr(self);
  }
  return defaultRepr(self);
}

export function instanceStr(self: PyValue): string {
  const t = (self as PyObject).type;
  let f = lookupSpecial(t, "__str__");
  if (f !== undefined) return str(callSpecial1(f, self));
  const nb = t.nativeBase;
  if (nb !== undefined && (nb.str !== undefined || nb.repr !== undefined)) {
    if (self instanceof PyInstance) return str(nativeOf(self));
    return nb.str !== undefined ? nb.str(self) : nb.repr!(self);
  }
  f = lookupSpecial(t, "__repr__");
  if (f !== undefined) return str(callSpecial1(f, self));
  return defaultRepr(self);
}

export function instanceBinaryOp(op: number, self: PyValue, other: PyValue): PyValue | undefined {
  const t = (self as PyObject).type;
  const name = BINARY_NAMES[op];
  if (name) {
    const f = lookupSpecial(t, name);
    if (f !== undefined) {
      const r = callSpecial2(f, self, other);
      return r === NotImplemented ? undefined : r;
    }
  }
  const nb = t.nativeBase;
  if (nb !== undefined && nb.binaryOp !== undefined) {
    // MicroPython hands the whole op to the native value (mp_binary_op(op, subobj[0], rhs)):
    // its errors name the native type, and the result (even of an in-place op) is native.
    if (op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER) {
      return reflectedOnNative(op, nativeOf(self), other, nb);
    }
    if (self instanceof PyInstance && op !== BinaryOp.CONTAINS) {
      return runtimeBinaryOp(op, nativeOf(self), other);
    }
    const r = nb.binaryOp(op, nativeOf(self), other);
    // An in-place op hands back MicroPython's native sub-object, a plain list sharing the
    // items: after `l += [1]` a list subclass instance's name holds a `list`.
    if (r === self && self instanceof PyList && op >= BinaryOp.INPLACE_OR) {
      if (op <= BinaryOp.INPLACE_POWER) return new PyList(self.items);
    }
    return r;
  }
  return undefined;
}

/** `other op x` reaching x's native value: no MicroPython native type has reflected ops, so it
 * fails. A small int meeting a small int or float reports the reflected op (the small-int fast
 * path of mp_binary_op); otherwise the error names the forward op and the operands' order
 * (mp_binary_op turns a failed reflected op back for its message). */
function reflectedOnNative(op: number, n: PyValue, other: PyValue, nb: PyType): never {
  const small = (v: PyValue) => typeof v === "number" && v >= -0x40000000 && v < 0x40000000;
  if (small(n) && (small(other) || typeOf(other).name === "float")) {
    raise(TypeError, `unsupported types for ${binaryOpName(op)}: 'int', '${typeOf(other).name}'`);
  }
  const forward = binaryOpName(op - BinaryOp.REVERSE_OR + BinaryOp.OR);
  return raise(
    TypeError,
    `unsupported types for ${forward}: '${typeOf(other).name}', '${nb.name}'`,
  );
}

export function instanceUnaryOp(op: number, self: PyValue): PyValue | undefined {
  const t = (self as PyObject).type;
  const name = UNARY_NAMES[op];
  if (name) {
    const f = lookupSpecial(t, name);
    if (f !== undefined) {
      const r = callSpecial1(f, self);
      if (op === UnaryOp.BOOL) return r === true;
      if (op === UnaryOp.HASH) return hashResult(r);
      // __int__ must return an int (a bool won't do): a bare TypeError otherwise.
      if (op === UnaryOp.INT_MAYBE && typeof r !== "number" && typeof r !== "bigint") {
        return raise(TypeError);
      }
      return r;
    }
    if (op === UnaryOp.BOOL) {
      // mp_obj_is_true's fallback: true unless __len__ gave exactly the small int 0.
      const lenFn = lookupSpecial(t, "__len__");
      if (lenFn !== undefined) return callSpecial1(lenFn, self) !== 0;
    }
  }
  const nb = t.nativeBase;
  if (nb !== undefined && nb.unaryOp !== undefined) return nb.unaryOp(op, nativeOf(self));
  return undefined;
}

/** __hash__'s result as MicroPython keeps it: truncated to a machine int, then to a small int
 * (the low 31 bits, sign-extended). */
function hashResult(r: PyValue): number {
  if (typeof r === "number") {
    return r >= -0x40000000 && r < 0x40000000 ? r : Number(BigInt.asIntN(31, BigInt(r)));
  }
  if (typeof r === "boolean") return r ? 1 : 0;
  if (typeof r === "bigint") return Number(BigInt.asIntN(31, r));
  return raise(TypeError, `can't convert ${typeOf(r).name} to int`);
}

export function instanceHash(self: PyValue): number {
  const t = (self as PyObject).type;
  const f = lookupSpecial(t, "__hash__");
  if (f !== undefined) return hashResult(callSpecial1(f, self));
  const nb = t.nativeBase;
  if (nb !== undefined && nb.hash !== undefined) return nb.hash(nativeOf(self));
  if (lookupSpecial(t, "__eq__") !== undefined) {
    return raise(TypeError, `unsupported type for __hash__: '${t.name}'`);
  }
  return identityHash(self as PyObject);
}

export function instanceLen(self: PyValue): number {
  const t = (self as PyObject).type;
  const f = lookupSpecial(t, "__len__");
  if (f !== undefined) {
    const r = callSpecial1(f, self);
    if (typeof r === "number") return r;
    if (typeof r === "boolean") return r ? 1 : 0;
    return raise(TypeError, `can't convert ${typeOf(r).name} to int`);
  }
  return t.nativeBase!.len!(nativeOf(self));
}

export function instanceCall(self: PyValue, args: PyValue[], kw: Kw): PyValue {
  const t = (self as PyObject).type;
  const f = lookupSpecial(t, "__call__");
  if (f !== undefined) return callSpecialValue(f, t, self, args, kw);
  // The native base's call slot: when the instance is itself the native object (a Signal
  // subclass), call() would come back here.
  const nb = t.nativeBase;
  if (nb?.call !== undefined) return nb.call(nativeOf(self), args, kw);
  return call(nativeOf(self), args, kw);
}

export function instanceGetItem(self: PyValue, index: PyValue): PyValue {
  const t = (self as PyObject).type;
  const f = lookupSpecial(t, "__getitem__");
  if (f !== undefined) return callSpecial2(f, self, index);
  const nb = t.nativeBase;
  if (nb?.getItem === undefined) return raise(TypeError, `'${t.name}' object isn't subscriptable`);
  return nb.getItem(nativeOf(self), index);
}

export function instanceSetItem(self: PyValue, index: PyValue, value: PyValue): void {
  const t = (self as PyObject).type;
  const f = lookupSpecial(t, "__setitem__");
  if (f !== undefined) {
    callSpecialValue(f, t, self, [index, value]);
    return;
  }
  const nb = t.nativeBase;
  if (nb?.setItem === undefined) {
    raise(TypeError, `'${(nb ?? t).name}' object doesn't support item assignment`);
  }
  nb.setItem(nativeOf(self), index, value);
}

export function instanceDelItem(self: PyValue, index: PyValue): void {
  const t = (self as PyObject).type;
  const f = lookupSpecial(t, "__delitem__");
  if (f !== undefined) {
    callSpecial2(f, self, index);
    return;
  }
  const nb = t.nativeBase;
  if (nb?.delItem === undefined) {
    raise(TypeError, `'${(nb ?? t).name}' object doesn't support item deletion`);
  }
  nb.delItem(nativeOf(self), index);
}

export function instanceGetIter(self: PyValue): PyValue {
  const t = (self as PyObject).type;
  const f = lookupSpecial(t, "__iter__");
  if (f !== undefined) return callSpecial1(f, self);
  return t.nativeBase!.getIter!(nativeOf(self));
}

export function instanceIterNext(self: PyValue): PyValue | undefined {
  const t = (self as PyObject).type;
  const f = lookupSpecial(t, "__next__");
  if (f !== undefined) {
    try {
      return callSpecial1(f, self);
    } catch (e) {
      if (isException(e) && isSubtype(e.type, StopIteration)) {
        vmEnv.stopIterationArg = e.args.items.length > 0 ? e.args.items[0] : null;
        return undefined;
      }
      throw e;
    }
  }
  return t.nativeBase!.iterNext!(nativeOf(self));
}

export function instanceSetAttr(self: PyValue, name: string, value: PyValue | undefined): boolean {
  const t = (self as PyObject).type;
  if (value === undefined) {
    const f = lookupSpecial(t, "__delattr__");
    if (f !== undefined) {
      callSpecial2(f, self, name);
      return true;
    }
  } else {
    const f = lookupSpecial(t, "__setattr__");
    if (f !== undefined) {
      callSpecialValue(f, t, self, [name, value]);
      return true;
    }
  }
  const nb = t.nativeBase;
  if (nb !== undefined && nb.setAttr !== undefined && !(self instanceof PyInstance)) {
    return nb.setAttr(self, name, value);
  }
  return false;
}

/** Attribute hook for wrapped natives: native methods bind to the native value. */
export function wrappedGetAttr(self: PyValue, name: string): PyValue | undefined {
  if (!(self instanceof PyInstance)) {
    // A native that sometimes honours the class (e.g. a namedtuple): the value is itself.
    return (self as PyObject).type.nativeBase?.getAttr?.(self, name);
  }
  const o = self;
  if (o.dict !== undefined) {
    const v = o.dict.get(name);
    if (v !== undefined) return v;
  }
  const mro = o.type.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    const v = t.locals.get(name);
    if (v === undefined) continue;
    if (t.isUserClass || t === objectType) return undefined; // the generic path handles it
    const vt = typeOf(v);
    return vt.descrGet !== undefined ? vt.descrGet(v, nativeOf(o), t) : v;
  }
  // The native value's own attributes (e.g. a class made by a `type` subclass).
  return o.native !== undefined ? lookupAttr(o.native, name) : undefined;
}

export function instanceDescrGet(descr: PyValue, obj: PyValue | undefined, owner: PyType): PyValue {
  // MicroPython only calls __get__ for lookups on instances, not on the class itself.
  if (obj === undefined) return descr;
  const t = (descr as PyObject).type;
  const f = lookupSpecial(t, "__get__");
  if (f === undefined) return descr;
  return callSpecialValue(f, t, descr, [obj === undefined ? null : obj, owner]);
}

export function instanceDescrSet(
  descr: PyValue,
  obj: PyValue,
  value: PyValue | undefined,
): boolean {
  const t = (descr as PyObject).type;
  if (value === undefined) {
    const f = lookupSpecial(t, "__delete__");
    if (f === undefined) return false;
    callSpecialValue(f, t, descr, [obj]);
    return true;
  }
  const f = lookupSpecial(t, "__set__");
  if (f === undefined) return false;
  callSpecialValue(f, t, descr, [obj, value]);
  return true;
}
