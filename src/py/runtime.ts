// Generic operations on any value, dispatching through type slots (py/runtime.c, py/obj.c).
// The VM inlines fast paths for small ints and calls these for everything else.
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import {
  builtinFunctionType,
  defineType,
  isSubtype,
  type Kw,
  NotImplemented,
  objectType,
  PyBuiltin,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./obj.ts";
import {
  AttributeError,
  IndexError,
  PyBaseException,
  raise,
  StopIteration,
  TypeError,
} from "./obj_exception.ts";
import { complexHooks, PyFloat } from "./obj_float.ts";
import { binaryOpFailure, isPlainNumber } from "./binary_op_error.ts";
import { state } from "./interp_state.ts";
import { allocFailed, binaryOpAlloc } from "./heap.ts";
import { PyModule } from "./obj_module.ts";
import { encodeUtf8, pairAt } from "./str_utf8.ts";

// --- printing ---------------------------------------------------------------------------------

/** repr(v). */
export function repr(v: PyValue): string {
  const t = typeOf(v);
  if (t.repr !== undefined) return t.repr(v);
  return `<${t.name}>`;
}

/** str(v). */
export function str(v: PyValue): string {
  if (typeof v === "string") return v;
  const t = typeOf(v);
  if (t.str !== undefined) return t.str(v);
  return repr(v);
}

// --- truth, length, hash, equality ------------------------------------------------------------

/** bool(v) (mp_obj_is_true). */
export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length !== 0;
    case "bigint":
      return v !== 0n;
    default: {
      if (v === null) return false;
      const t = v.type;
      if (t.unaryOp !== undefined) {
        const r = t.unaryOp(UnaryOp.BOOL, v);
        if (r !== undefined) return r as boolean;
      }
      if (t.len !== undefined) return t.len(v) !== 0;
      return true;
    }
  }
}

/** len(v) as a JS number. */
export function len(v: PyValue): number {
  if (typeof v === "string") return strLength(v);
  const t = typeOf(v);
  if (t.len !== undefined) return t.len(v);
  if (t.unaryOp !== undefined) {
    const r = t.unaryOp(UnaryOp.LEN, v);
    if (r !== undefined) return r as number;
  }
  return raise(TypeError, `object of type '${t.name}' has no len()`);
}

/** Number of code points in a JS string (surrogate pairs count once). */
export function strLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && pairAt(s, i)) n--;
  }
  return n;
}

/** hash(v) as a JS number, with MicroPython's values (32-bit reference build): they decide
 * dict and set iteration order, which programs print. */
export function hash(v: PyValue): number {
  switch (typeof v) {
    case "boolean":
      return v ? 1 : 0;
    case "number":
    case "bigint":
      return intHash(v);
    case "string":
      return strHash(v);
    default: {
      if (v === null) return 6;
      const t = v.type;
      if (t.hash !== undefined) return t.hash(v);
      if (t.unaryOp !== undefined) {
        const r = t.unaryOp(UnaryOp.HASH, v);
        if (r !== undefined) return r as number;
      }
      return identityHash(v);
    }
  }
}

/** Small ints hash to themselves; bigger ones to their low bits as a 31-bit small int
 * (mpz_hash then MP_OBJ_NEW_SMALL_INT). */
export function intHash(v: number | bigint): number {
  if (typeof v === "number" && v >= -0x40000000 && v < 0x40000000) return v;
  const big = typeof v === "bigint" ? v : BigInt(v);
  const mag = BigInt.asUintN(32, big < 0n ? -big : big);
  const signed = big < 0n ? -Number(mag) : Number(mag);
  return (signed << 1) >> 1;
}

/** Hash of a float as the 32-bit reference build computes it (without
 * MICROPY_FLOAT_HIGH_QUALITY_HASH): the value cast to a 32-bit int (WebAssembly saturates, NaN
 * gives 0), then kept as a 31-bit small int, so 2.0**30 hashes to -2**30 and inf to -1. */
export function floatHash(x: number): number {
  const i = x !== x ? 0 : x >= 0x7fffffff ? 0x7fffffff : x <= -0x80000000 ? -0x80000000 : x | 0;
  return (i << 1) >> 1;
}

/** MicroPython's qstr hash: djb2 with xor over the UTF-8 bytes, 16 bits, never 0. */
export function strHash(s: string): number {
  let h = 5381;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) h = ((h * 33) ^ c) & 0xffff;
    else {
      for (const b of encodeUtf8(s.slice(i))) h = ((h * 33) ^ b) & 0xffff;
      break;
    }
  }
  return h === 0 ? 1 : h;
}

/** Hash of a bytes-like value (same function as str). */
export function bytesHash(data: Uint8Array): number {
  let h = 5381;
  for (let i = 0; i < data.length; i++) h = ((h * 33) ^ data[i]) & 0xffff;
  return h === 0 ? 1 : h;
}

const identityHashes = new WeakMap<object, number>();
let nextIdentity = 0x1000;
/** A stable per-object number, used for hash() and id(). */
export function identityHash(o: object): number {
  let h = identityHashes.get(o);
  if (h === undefined) {
    h = nextIdentity += 16;
    identityHashes.set(o, h);
  }
  return h;
}

/** a == b as a JS boolean (mp_obj_equal). */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) {
    if (typeof a !== "object" || a === null) return true;
    // NaN (a float, or a complex with a NaN part) is not equal to itself.
    if (a instanceof PyFloat) return a.value === a.value;
    if (complexHooks.hasNan(a)) return false;
    // User classes are not reflexive in MicroPython: x == x calls __eq__.
    if (!a.type.isUserClass) return true;
    return truthy(equalSlow(false, a, b));
  }
  const ta = typeof a;
  const tb = typeof b;
  if (ta === "number" || ta === "bigint" || ta === "boolean") {
    if (tb === "number" || tb === "bigint" || tb === "boolean") {
      // deno-lint-ignore no-explicit-any
      return (a as any) == (b as any);
    }
  }
  if (ta === "string" && tb === "string") return false;
  return truthy(equalSlow(false, a, b));
}

/** Is `v` a str, or an instance of a str subclass? */
function isStrValue(v: PyValue): boolean {
  return typeof v === "string" ||
    (typeof v === "object" && v !== null && v.type.nativeBase?.name === "str");
}

/** Is `v` bytes or an instance of a bytes subclass (not bytearray or memoryview, which
 * compare with str by content)? */
function isBytesValue(v: PyValue): boolean {
  if (typeof v !== "object" || v === null) return false;
  const t = v.type.isUserClass ? v.type.nativeBase : v.type;
  return t !== undefined && t.name === "bytes";
}

/** str == bytes is False, with the unix port's warning (MICROPY_PY_STR_BYTES_CMP_WARN). */
function bytesStrCompared(): false {
  state.host.writeStderr("Warning: Comparison between bytes and str\n");
  return false;
}

const isUser = (v: PyValue): boolean => typeof v === "object" && v !== null && v.type.isUserClass;

/** `a == b` as Python sees it (mp_obj_equal_not_equal with EQUAL): a user __eq__'s result
 * is returned as is. */
export function equal(a: PyValue, b: PyValue): PyValue {
  return isUser(a) || isUser(b) ? equalSlow(false, a, b) : eq(a, b);
}

/** `a != b` (mp_obj_equal_not_equal with NOT_EQUAL). */
export function notEqual(a: PyValue, b: PyValue): PyValue {
  return isUser(a) || isUser(b) ? equalSlow(true, a, b) : !eq(a, b);
}

/** Natives whose equality reads the other operand through the buffer protocol. */
const BUFFER_EQ = new Set(["bytearray", "array", "memoryview"]);

/** Is `v` an instance of a user class with its own __eq__ (for !=: its own __ne__)? */
function definesEq(v: PyValue, neq: boolean): boolean {
  if (!(v instanceof PyObject) || !v.type.isUserClass) return false;
  return v.type.lookup(neq ? "__ne__" : "__eq__") !== undefined;
}

/** The two passes of mp_obj_equal_not_equal: o1's __ne__ (for !=) or __eq__, then the same
 * the other way round, then identity. */
function equalSlow(neq: boolean, a: PyValue, b: PyValue): PyValue {
  if ((isStrValue(a) && isBytesValue(b)) || (isStrValue(b) && isBytesValue(a))) {
    return neq !== bytesStrCompared();
  }
  let o1 = a;
  let o2 = b;
  for (let pass = 0; pass < 2; pass++) {
    const t = typeOf(o1);
    if (t.binaryOp !== undefined && (pass === 0 || t !== typeOf(o2) || t.isUserClass)) {
      if (pass === 0 && !t.isUserClass && definesEq(o2, neq) && !BUFFER_EQ.has(t.name)) {
        // MicroPython's natives compare only with their exact type: `[1] == C()` reaches
        // C.__eq__ (a buffer's equality takes any buffer, though).
        o1 = b;
        o2 = a;
        continue;
      }
      if (neq && t.isUserClass) {
        const r = t.binaryOp(BinaryOp.NOT_EQUAL, o1, o2);
        if (r !== undefined) return r;
      }
      const r = t.binaryOp(BinaryOp.EQUAL, o1, o2);
      // A native type that doesn't know a user class answers false here; MicroPython
      // would not have asked it (no MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE) and goes on.
      if (r !== undefined && (r !== false || t.isUserClass || !isUser(o2))) {
        return neq ? !truthy(r) : r;
      }
    }
    o1 = b;
    o2 = a;
  }
  return neq ? a !== b : a === b;
}

// --- operators --------------------------------------------------------------------------------

const OP_DUNDER = [
  "__lt__",
  "__gt__",
  "__eq__",
  "__le__",
  "__ge__",
  "__ne__",
  "__contains__",
  "",
  "",
  "__ior__",
  "__ixor__",
  "__iand__",
  "__ilshift__",
  "__irshift__",
  "__iadd__",
  "__isub__",
  "__imul__",
  "__imatmul__",
  "__ifloordiv__",
  "__itruediv__",
  "__imod__",
  "__ipow__",
  "__or__",
  "__xor__",
  "__and__",
  "__lshift__",
  "__rshift__",
  "__add__",
  "__sub__",
  "__mul__",
  "__matmul__",
  "__floordiv__",
  "__truediv__",
  "__mod__",
  "__pow__",
  "__divmod__",
  "__contains__",
  "__ror__",
  "__rxor__",
  "__rand__",
  "__rlshift__",
  "__rrshift__",
  "__radd__",
  "__rsub__",
  "__rmul__",
  "__rmatmul__",
  "__rfloordiv__",
  "__rtruediv__",
  "__rmod__",
  "__rpow__",
];
/** The dunder name of a binary op, as used in MicroPython's error messages. */
export function binaryOpName(op: number): string {
  return OP_DUNDER[op] ?? "?";
}

const REVERSE_OF: Record<number, number> = {};
for (let op = BinaryOp.OR; op <= BinaryOp.POWER; op++) REVERSE_OF[op] = op + 15;
const SWAPPED_COMPARE: Record<number, number> = {
  [BinaryOp.LESS]: BinaryOp.MORE,
  [BinaryOp.MORE]: BinaryOp.LESS,
  [BinaryOp.LESS_EQUAL]: BinaryOp.MORE_EQUAL,
  [BinaryOp.MORE_EQUAL]: BinaryOp.LESS_EQUAL,
  [BinaryOp.EQUAL]: BinaryOp.EQUAL,
  [BinaryOp.NOT_EQUAL]: BinaryOp.NOT_EQUAL,
};

function compareOp(op: number, a: PyValue, b: PyValue): PyValue | undefined {
  const ta = typeOf(a);
  if (ta.binaryOp !== undefined) {
    const r = ta.binaryOp(op, a, b);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const tb = typeOf(b);
  // MicroPython never reflects a comparison (1 < X() doesn't try X.__gt__, None < bytearray()
  // is a TypeError); the swap only stands in for number types comparing across each other.
  if (tb !== ta && tb.binaryOp !== undefined && isNumber(a) && isNumber(b)) {
    const r = tb.binaryOp(SWAPPED_COMPARE[op], b, a);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  return undefined;
}

function isNumber(v: PyValue): boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean" || v instanceof PyFloat;
}

/** Any binary op on any values (mp_binary_op), after the VM's fast paths. */
export function binaryOp(op: number, a: PyValue, b: PyValue): PyValue {
  switch (op) {
    case BinaryOp.IS:
      return isSame(a, b);
    case BinaryOp.IS_NOT:
      return !isSame(a, b);
    case BinaryOp.IN:
      return contains(b, a);
    case BinaryOp.NOT_IN:
      return !contains(b, a);
    case BinaryOp.EQUAL:
      return equal(a, b);
    case BinaryOp.NOT_EQUAL:
      return notEqual(a, b);
    case BinaryOp.LESS:
    case BinaryOp.MORE:
    case BinaryOp.LESS_EQUAL:
    case BinaryOp.MORE_EQUAL: {
      const r = compareOp(op, a, b);
      if (r !== undefined) return r;
      return unsupported(op, a, b);
    }
    case BinaryOp.EXCEPTION_MATCH:
      return exceptionMatch(a, b);
  }
  // Most arithmetic on anything but small ints allocates (heap.ts: lock and full heap).
  if (state.allocGate !== 0) binaryOpAlloc(op, a, b);
  const r = typeSlotOp(op, a, b);
  if (r !== undefined) return r;
  // a += b falls back to a = a + b (the error still names the augmented op).
  if (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER) {
    const plain = typeSlotOp(op + (BinaryOp.OR - BinaryOp.INPLACE_OR), a, b);
    if (plain !== undefined) return plain;
  }
  return unsupported(op, a, b);
}

/** The left operand's binary-op slot, then the right one's reflected op; undefined if neither
 * takes them. */
function typeSlotOp(op: number, a: PyValue, b: PyValue): PyValue | undefined {
  const ta = typeOf(a);
  if (ta.binaryOp !== undefined) {
    const r = ta.binaryOp(op, a, b);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  const rev = REVERSE_OF[op];
  if (rev !== undefined) {
    const tb = typeOf(b);
    if (tb.binaryOp !== undefined) {
      const r = tb.binaryOp(rev, b, a);
      if (r !== undefined && r !== NotImplemented) return r;
    }
  }
  return undefined;
}

/** The TypeError of an op no type takes, named as MicroPython's dispatch names it. */
function unsupported(op: number, a: PyValue, b: PyValue): never {
  const failure = binaryOpFailure(op, a, b);
  if (failure.iterate !== undefined) getIter(failure.iterate);
  return raise(TypeError, failure.message);
}

/** `a is b`: identity, with value semantics for the unboxed representations. */
export function isSame(a: PyValue, b: PyValue): boolean {
  return a === b;
}

/** `item in container` (mp_binary_op CONTAINS, falling back to iteration). */
export function contains(container: PyValue, item: PyValue): boolean {
  const t = typeOf(container);
  if (t.binaryOp !== undefined) {
    const r = t.binaryOp(BinaryOp.CONTAINS, container, item);
    if (r !== undefined && r !== NotImplemented) return truthy(r);
  }
  // A number is never iterable, and MicroPython may fail before trying to iterate it.
  if (isPlainNumber(container)) unsupported(BinaryOp.IN, item, container);
  const it = getIter(container);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (eq(x, item)) return true;
  return false;
}

/** Hook installed by the exceptions/class code: does exception value `e` match `type`
 * (a class or tuple of classes)? Default: identity. */
export const exceptionMatchHook = {
  match: (e: PyValue, type: PyValue): boolean => typeOf(e) === type,
};
function exceptionMatch(e: PyValue, type: PyValue): boolean {
  return exceptionMatchHook.match(e, type);
}

const UNARY_DUNDER = [
  "__pos__",
  "__neg__",
  "__invert__",
  "",
  "__bool__",
  "__len__",
  "__hash__",
  "__abs__",
];

/** Any unary op (mp_unary_op). */
export function unaryOp(op: number, v: PyValue): PyValue {
  if (op === UnaryOp.NOT) return !truthy(v);
  if (op === UnaryOp.BOOL) return truthy(v);
  if (op === UnaryOp.LEN) return len(v);
  if (op === UnaryOp.HASH) return hash(v);
  const t = typeOf(v);
  if (t.unaryOp !== undefined) {
    // A user __neg__ etc. returning NotImplemented hands it back (mp_unary_op).
    const r = t.unaryOp(op, v);
    if (r !== undefined) return r;
  }
  return raise(TypeError, `unsupported type for ${UNARY_DUNDER[op] ?? "?"}: '${t.name}'`);
}

// --- attributes ---------------------------------------------------------------------------

/** Attribute lookup; undefined when absent (no exception). */
export function lookupAttr(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  if (t.getAttr !== undefined) {
    const r = t.getAttr(obj, name);
    if (r !== undefined) return r;
  }
  if (obj instanceof PyType) return lookupClassAttr(obj, name);
  if (obj !== null && typeof obj === "object" && obj.dict !== undefined) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
  }
  const v = t.lookup(name);
  if (v !== undefined) {
    const vt = typeOf(v);
    return vt.descrGet !== undefined ? vt.descrGet(v, obj, t) : v;
  }
  return undefined;
}

/** A native type's method looked up on the type itself (`str.upper`) checks the type of its
 * first argument exactly, as py/objtype.c's checked_fun (MICROPY_BUILTIN_METHOD_CHECK_SELF_ARG). */
const checkedMethods = new WeakMap<PyBuiltin, PyBuiltin>();
function checkedMethod(fn: PyBuiltin, owner: PyType): PyBuiltin {
  let c = checkedMethods.get(fn);
  if (c === undefined) {
    c = new PyBuiltin(fn.name, (args, kw) => {
      if (args.length > 0 && typeOf(args[0]) !== owner) {
        raise(TypeError, `argument should be a '${owner.name}' not a '${typeOf(args[0]).name}'`);
      }
      return fn.fn(args, kw);
    });
    checkedMethods.set(fn, c);
  }
  return c;
}

/** Attribute of a class object: its MRO first, then the metatype (type). */
function lookupClassAttr(cls: PyType, name: string): PyValue | undefined {
  const v = cls.lookup(name);
  if (v !== undefined) {
    if (v instanceof PyBuiltin && v.owner !== undefined && !cls.isUserClass) {
      if (v.owner !== objectType) return checkedMethod(v, v.owner);
    }
    const vt = typeOf(v);
    return vt.descrGet !== undefined ? vt.descrGet(v, undefined, cls) : v;
  }
  const m = typeType.lookup(name);
  if (m !== undefined) {
    const mt = typeOf(m);
    return mt.descrGet !== undefined ? mt.descrGet(m, cls, typeType) : m;
  }
  return undefined;
}

/** Hook for user classes' __getattr__ (installed by the class code). */
export const getattrFallback = {
  fallback: (_obj: PyValue, _name: string): PyValue | undefined => undefined,
};

/** obj.name, raising AttributeError as MicroPython words it. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const v = lookupAttr(obj, name);
  if (v !== undefined) return v;
  const f = getattrFallback.fallback(obj, name);
  if (f !== undefined) return f;
  return attributeError(obj, name);
}

export function attributeError(obj: PyValue, name: string): never {
  if (obj instanceof PyType) {
    return raise(AttributeError, `type object '${obj.name}' has no attribute '${name}'`);
  }
  if (obj instanceof PyModule) {
    // as py/runtime.c mp_load_method: the module by its __name__
    return raise(
      AttributeError,
      `module '${obj.globals.get("__name__")}' has no attribute '${name}'`,
    );
  }
  return raise(AttributeError, `'${typeOf(obj).name}' object has no attribute '${name}'`);
}

/** LOAD_METHOD: fills dest[0] = function, dest[1] = self (or undefined when dest[0] is an
 * already-bound callable). Avoids allocating bound methods for plain method calls. */
export function loadMethod(obj: PyValue, name: string, dest: (PyValue | undefined)[]): void {
  const t = typeOf(obj);
  if (t.getAttr === undefined && !(obj instanceof PyType)) {
    if (obj === null || typeof obj !== "object" || obj.dict === undefined || !obj.dict.has(name)) {
      const v = t.lookup(name);
      if (v !== undefined) {
        const vt = typeOf(v);
        if (vt.isMethodLike) {
          dest[0] = v;
          dest[1] = obj;
          return;
        }
        dest[0] = vt.descrGet !== undefined ? vt.descrGet(v, obj, t) : v;
        dest[1] = undefined;
        return;
      }
    }
  }
  if (state.allocGate === 0) dest[0] = getAttr(obj, name);
  else {
    // Under heap.ts's gate: a method found this way is called, never kept, and MicroPython
    // binds it without allocating (mp_load_method), e.g. int.from_bytes(...).
    inLoadMethod = true;
    try {
      dest[0] = getAttr(obj, name);
    } finally {
      inLoadMethod = false;
    }
  }
  dest[1] = undefined;
}

let inLoadMethod = false;

/** obj.name = value (value undefined = del obj.name). */
export function setAttr(obj: PyValue, name: string, value: PyValue | undefined): void {
  const t = typeOf(obj);
  if (t.setAttr !== undefined && t.setAttr(obj, name, value)) return;
  if (obj instanceof PyType) {
    if (value === undefined) {
      if (!obj.locals.delete(name)) attributeError(obj, name);
    } else obj.locals.set(name, value);
    return;
  }
  const d = t.isUserClass ? t.lookup(name) : undefined;
  if (d !== undefined) {
    const dt = typeOf(d);
    if (dt.descrSet !== undefined && dt.descrSet(d, obj, value, name)) return;
  }
  if (obj !== null && typeof obj === "object" && (obj.dict !== undefined || t.isUserClass)) {
    if (obj.dict === undefined) obj.dict = new Map();
    if (value === undefined) {
      if (!obj.dict.delete(name)) attributeError(obj, name);
    } else obj.dict.set(name, value);
    return;
  }
  // Native attributes can't be stored: MicroPython reports them as missing.
  attributeError(obj, name);
}

// --- calls --------------------------------------------------------------------------------

/** Call any callable from native code (Python functions run a nested VM loop). */
export function call(fn: PyValue, args: PyValue[], kw: Kw = undefined): PyValue {
  if (fn instanceof PyBuiltin) return fn.fn(args, kw);
  const t = typeOf(fn);
  if (t.call !== undefined) return t.call(fn, args, kw);
  if (fn instanceof PyType) {
    if (fn.makeNew !== undefined) return fn.makeNew(fn, args, kw);
    return raise(TypeError, `can't create '${fn.name}' instances`);
  }
  return raise(TypeError, `'${t.name}' object isn't callable`);
}

/** obj.name(*args). */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kw: Kw = undefined) {
  const dest: (PyValue | undefined)[] = [undefined, undefined];
  loadMethod(obj, name, dest);
  if (dest[1] !== undefined) return call(dest[0]!, [dest[1], ...args], kw);
  return call(dest[0]!, args, kw);
}

export function isCallable(v: PyValue): boolean {
  if (v instanceof PyType || v instanceof PyBuiltin) return true;
  return typeOf(v).call !== undefined;
}

// --- bound methods ----------------------------------------------------------------------------

export class PyBoundMethod extends PyObject {
  constructor(public self: PyValue, public fn: PyValue) {
    if (state.allocGate !== 0 && !inLoadMethod) allocFailed(32); // heap.ts
    super(boundMethodType);
  }
}

export const boundMethodType: PyType = defineType({
  name: "bound_method",
  call: (m, args, kw) => {
    const b = m as PyBoundMethod;
    return call(b.fn, [b.self, ...args], kw);
  },
  // objboundmeth.c with detailed error reporting (the unix port's): address, self, function
  repr: (m) => {
    const b = m as PyBoundMethod;
    return `<bound_method ${identityHash(b).toString(16)} ${repr(b.self)}.${repr(b.fn)}>`;
  },
});

// Native methods bind to their instance; looked up on the class they stay plain functions.
builtinFunctionType.isMethodLike = true;
builtinFunctionType.repr = () => "<function>";
builtinFunctionType.descrGet = (descr, obj) =>
  obj === undefined || (descr as PyBuiltin).owner === undefined
    ? descr
    : new PyBoundMethod(obj, descr);

// --- items and iteration -------------------------------------------------------------------

export function getItem(obj: PyValue, index: PyValue): PyValue {
  const t = typeOf(obj);
  if (t.getItem !== undefined) return t.getItem(obj, index);
  return raise(TypeError, `'${t.name}' object isn't subscriptable`);
}

export function setItem(obj: PyValue, index: PyValue, value: PyValue): void {
  const t = typeOf(obj);
  if (t.setItem !== undefined) return t.setItem(obj, index, value);
  raise(TypeError, `'${t.name}' object doesn't support item assignment`);
}

export function delItem(obj: PyValue, index: PyValue): void {
  const t = typeOf(obj);
  if (t.delItem !== undefined) return t.delItem(obj, index);
  raise(TypeError, `'${t.name}' object doesn't support item deletion`);
}

/** iter(v) (mp_getiter). */
export function getIter(v: PyValue): PyValue {
  const t = typeOf(v);
  if (t.getIter !== undefined) return t.getIter(v);
  if (t.getItem !== undefined) return new PySubscrIter(v);
  return raise(TypeError, `'${t.name}' object isn't iterable`);
}

/** next(it); undefined when exhausted (mp_iternext). */
export function iterNext(it: PyValue): PyValue | undefined {
  const t = typeOf(it);
  if (t.iterNext !== undefined) return t.iterNext(it);
  return raise(TypeError, `'${t.name}' object isn't an iterator`);
}

/** Iterate any iterable into a JS array. */
export function toArray(v: PyValue): PyValue[] {
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

/** Iterator over an object that only has __getitem__ (stops at IndexError/StopIteration). */
class PySubscrIter extends PyObject {
  index = 0;
  constructor(public seq: PyValue) {
    super(subscrIterType);
  }
}
const subscrIterType: PyType = defineType({
  name: "iterator",
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as PySubscrIter;
    try {
      return getItem(it.seq, it.index++);
    } catch (e) {
      if (
        e instanceof PyBaseException && (isSubtype(e.type, IndexError) || e.type === StopIteration)
      ) {
        return undefined;
      }
      throw e;
    }
  },
});
