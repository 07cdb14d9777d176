// float: a boxed double, distinct from int (py/objfloat.c). The class lives here so every
// module can build floats; slots are installed below, using lazy references only (runtime.ts
// imports this file).
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { defineType, type Kw, PyObject, type PyType, type PyValue, typeOf } from "./obj.ts";
import { raise, TypeError, ValueError, ZeroDivisionError } from "./obj_exception.ts";
import { floatRepr } from "./float_format.ts";
import { floatHash } from "./runtime.ts";
import { PyTuple } from "./obj_tuple.ts";
import { state } from "./interp_state.ts";
import { allocFailed } from "./heap.ts";

export const floatType: PyType = defineType({ name: "float" });

export class PyFloat extends PyObject {
  constructor(public value: number, type: PyType = floatType) {
    // a float is a heap object in MicroPython: none can be made while the heap is locked
    // (compile-time tools make floats with no interpreter running)
    if (state !== undefined && state.allocGate !== 0) allocFailed(16); // heap.ts
    super(type);
  }
}

/** Hook for complex results of float ops (installed by obj_complex.ts). */
export const complexHooks = {
  /** (re + im j) ** (re2 + im2 j) as a complex value. */
  pow: (_ar: number, _ai: number, _br: number, _bi: number): PyValue => {
    throw new Error("complex not loaded");
  },
  /** Parse a complex literal from text; undefined when not complex syntax. */
  parse: (_s: string): PyValue | undefined => undefined,
  /** Is `v` a complex with a NaN part (so not even equal to itself)? */
  hasNan: (_v: PyValue): boolean => false,
};

/** A number as a double (mp_obj_get_float_maybe): int, bool, float, or an object whose
 * __float__ gives a float; undefined otherwise. */
export function toDouble(v: PyValue): number | undefined {
  switch (typeof v) {
    case "number":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "bigint":
      return Number(v);
    default:
      if (v instanceof PyFloat) return v.value;
      if (v instanceof PyObject && v.type.unaryOp !== undefined) {
        const r = v.type.unaryOp(UnaryOp.FLOAT_MAYBE, v);
        if (r instanceof PyFloat) return r.value;
      }
      return undefined;
  }
}

/** Python float floor division and modulo (mp_obj_float_divmod). */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) raise(ZeroDivisionError, "divide by zero");
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0 && (y < 0) !== (mod < 0)) {
    mod += y;
    div -= 1;
  }
  let fdiv: number;
  if (div !== 0) {
    fdiv = Math.floor(div);
    if (div - fdiv > 0.5) fdiv += 1;
  } else fdiv = (x / y < 0 || Object.is(x / y, -0)) ? -0 : 0;
  if (mod === 0) mod = y < 0 ? -0 : 0;
  return [fdiv, mod];
}

/** x ** y for doubles with MicroPython's errors and complex results. */
/** C99 pow: 1**y, x**0 and (-1)**±inf are 1 (JS gives NaN for some of these). */
export function c99Pow(x: number, y: number): number {
  if (x === 1 || y === 0 || (x === -1 && (y === Infinity || y === -Infinity))) return 1;
  return Math.pow(x, y);
}

export function floatPow(x: number, y: number): PyValue {
  // 0.0 ** -inf is inf, as C pow gives it
  if (x === 0 && y < 0 && y !== -Infinity) raise(ZeroDivisionError, "divide by zero");
  if (x < 0 && y !== Math.floor(y) && y === y && Number.isFinite(y)) {
    return complexHooks.pow(x, 0, y, 0);
  }
  return new PyFloat(c99Pow(x, y));
}

/** A binary op on two doubles (py/objfloat.c mp_obj_float_binary_op); undefined when the op
 * doesn't apply. Reverse ops swap first. */
export function floatBinary(op: number, x: number, y: number): PyValue | undefined {
  if (op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER) {
    const t = x;
    x = y;
    y = t;
    op -= BinaryOp.REVERSE_OR - BinaryOp.OR;
  } else if (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER) {
    op += BinaryOp.OR - BinaryOp.INPLACE_OR;
  }
  switch (op) {
    case BinaryOp.ADD:
      return new PyFloat(x + y);
    case BinaryOp.SUBTRACT:
      return new PyFloat(x - y);
    case BinaryOp.MULTIPLY:
      return new PyFloat(x * y);
    case BinaryOp.TRUE_DIVIDE:
      if (y === 0) raise(ZeroDivisionError, "divide by zero");
      return new PyFloat(x / y);
    case BinaryOp.FLOOR_DIVIDE:
      return new PyFloat(floatDivmod(x, y)[0]);
    case BinaryOp.MODULO: {
      if (y === 0) raise(ZeroDivisionError, "divide by zero");
      let m = x % y;
      if (m === 0) m = y < 0 ? -0 : 0;
      else if ((m < 0) !== (y < 0)) m += y;
      return new PyFloat(m);
    }
    case BinaryOp.POWER:
      return floatPow(x, y);
    case BinaryOp.DIVMOD: {
      const [d, m] = floatDivmod(x, y);
      return new PyTuple([new PyFloat(d), new PyFloat(m)]);
    }
    case BinaryOp.LESS:
      return x < y;
    case BinaryOp.MORE:
      return x > y;
    case BinaryOp.EQUAL:
      return x === y;
    case BinaryOp.LESS_EQUAL:
      return x <= y;
    case BinaryOp.MORE_EQUAL:
      return x >= y;
    case BinaryOp.NOT_EQUAL:
      return x !== y;
  }
  return undefined;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Parse text the way float(str) does (py/parsenum.c mp_parse_num_float); undefined on bad
 * syntax. The syntax is parsenum's scanner ("e5", "." and "1e " are accepted, "_" is skipped
 * anywhere in the digits); the value is the correctly rounded double of the scanned digits. */
export function parseFloatText(text: string): number | undefined {
  let i = 0;
  let top = text.length;
  while (i < top && isSpace(text.charCodeAt(i))) i++;
  while (top > i && isSpace(text.charCodeAt(top - 1))) top--;
  let neg = false;
  if (i < top && (text[i] === "+" || text[i] === "-")) neg = text[i++] === "-";
  const start = i;
  let value: number;
  const c0 = i < top ? text.charCodeAt(i) | 0x20 : 0;
  if (c0 === 0x69 /* i */ || c0 === 0x6e /* n */) {
    const word = text.slice(i, top).toLowerCase();
    if (word === "inf" || word === "infinity") value = Infinity;
    else if (word === "nan") value = NaN;
    else return undefined;
    i = top;
  } else {
    let intg = "";
    let frac = "";
    let exp = "";
    let expSign = "";
    let part = 0; // 0: integer digits, 1: fraction, 2: exponent
    for (; i < top; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (part === 0) intg += text[i];
        else if (part === 1) frac += text[i];
        else exp += text[i];
      } else if (c === 95 /* _ */) {
        continue;
      } else if (part === 0 && c === 46 /* . */) {
        part = 1;
      } else if (part !== 2 && (c | 0x20) === 0x65 /* e */) {
        part = 2;
        if (i + 1 < text.length && (text[i + 1] === "+" || text[i + 1] === "-")) {
          expSign = text[++i];
        }
        if (i + 1 >= text.length) return undefined;
      } else {
        break;
      }
    }
    if (i === start || i < top) return undefined;
    value = Number(`${intg || "0"}.${frac || "0"}e${expSign}${exp || "0"}`);
  }
  return neg ? -value : value;
}

/** float(x) conversion (mp_obj_get_float with float()'s messages). */
export function toFloat(v: PyValue): number {
  const d = toDouble(v);
  if (d !== undefined) return d;
  if (typeof v === "string") {
    const r = parseFloatText(v);
    if (r === undefined) raise(ValueError, "invalid syntax for number");
    return r!;
  }
  if (v !== null && typeof v === "object") {
    const t = v.type;
    // any buffer (bytes, bytearray, memoryview, array) holds the text
    const data = t.buffer?.(v, false);
    if (data !== undefined) return toFloat(new TextDecoder().decode(data));
  }
  return raise(TypeError, `can't convert ${typeOf(v).name} to float`);
}

const asFloat = (v: PyValue) => (v as PyFloat).value;

Object.assign(floatType, {
  makeNew: (_type: PyType, args: PyValue[], kw: Kw) => {
    if (kw !== undefined && kw.size > 0) {
      raise(TypeError, "function doesn't take keyword arguments");
    }
    if (args.length > 1) {
      raise(TypeError, `function expected at most 1 arguments, got ${args.length}`);
    }
    // Always a plain float: a subclass wraps it (MicroPython's subobj[0]), so the subclass
    // instance is refused wherever MicroPython checks for an exact float (int(F), math, 1 + F).
    if (args.length === 0) return new PyFloat(0);
    const a = args[0];
    if (a instanceof PyFloat) return a;
    return new PyFloat(toFloat(a));
  },
  repr: (self: PyValue) => floatRepr(asFloat(self)),
  hash: (self: PyValue) => floatHash(asFloat(self)),
  unaryOp: (op: number, self: PyValue) => {
    const x = asFloat(self);
    // No FLOAT_MAYBE: a float subclass isn't a float to mp_obj_get_float (only __float__ is).
    switch (op) {
      case UnaryOp.BOOL:
        return x !== 0;
      case UnaryOp.POSITIVE:
        return self;
      case UnaryOp.NEGATIVE:
        return new PyFloat(-x);
      case UnaryOp.ABS:
        return x < 0 || Object.is(x, -0) ? new PyFloat(-x) : self;
      case UnaryOp.HASH:
        return floatHash(x);
    }
    return undefined;
  },
  binaryOp: (op: number, self: PyValue, other: PyValue) => {
    // MicroPython reads the right operand with mp_obj_get_float_maybe (so __float__ counts),
    // but never reaches a float's op reflected from an object's failed one (F() * 2.0).
    const reflected = op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER;
    const y = reflected && other instanceof PyObject && !(other instanceof PyFloat)
      ? undefined
      : toDouble(other);
    if (y === undefined) return undefined;
    return floatBinary(op, asFloat(self), y);
  },
});
