// complex (py/objcomplex.c): two doubles; arithmetic as MicroPython computes it (powers via
// exp/log, so results match its rounding).
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { defineType, type Kw, PyObject, type PyType, type PyValue, typeOf } from "./obj.ts";
import { raise, TypeError, ValueError, ZeroDivisionError } from "./obj_exception.ts";
import { complexHooks, parseFloatText, PyFloat, toDouble } from "./obj_float.ts";
import { formatFloat, REPR_PREC } from "./float_format.ts";
import { floatHash } from "./runtime.ts";
import * as libm from "./libm.ts";

export const complexType: PyType = defineType({ name: "complex" });

export class PyComplex extends PyObject {
  constructor(public real: number, public imag: number, type: PyType = complexType) {
    super(type);
  }
}

const part = (x: number) => formatFloat(x, "g", REPR_PREC);

/** repr of a complex: "1.5j" when the real part is zero, else "(a+bj)". */
export function complexRepr(re: number, im: number): string {
  const i = part(im);
  if (re === 0) return i + "j";
  return "(" + part(re) + (i[0] === "-" ? "" : "+") + i + "j)";
}

/** (ar + ai j) ** (br + bi j) (mp_obj_complex_binary_op POWER): exp(z2 * ln(z1)), with no
 * shortcut for z2 == 0 (inf ** 0 is nan). A base whose |z|, squared as doubles, is 0 (1e-300
 * too) only takes a real power >= 0: the real part becomes 1 or 0 and the imaginary one (a
 * zero of either sign) stays. */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplex {
  const abs = Math.sqrt(ar * ar + ai * ai);
  if (abs === 0) {
    if (bi !== 0 || !(br >= 0)) raise(ZeroDivisionError, "0.0 to a complex power");
    return new PyComplex(br === 0 ? 1 : 0, ai);
  }
  // musl's exp/sin/cos/atan2 (libm.ts), as the reference links them
  const ln1 = Math.log(abs);
  const th1 = libm.atan2(ai, ar);
  const x3 = br * ln1 - bi * th1;
  const y3 = bi * ln1 + br * th1;
  const m = libm.exp(x3);
  return new PyComplex(m * libm.cos(y3), m * libm.sin(y3));
}

/** A complex-compatible operand as [re, im], or undefined. */
export function toComplexParts(v: PyValue): [number, number] | undefined {
  if (v instanceof PyComplex) return [v.real, v.imag];
  const d = toDouble(v);
  if (d !== undefined) return [d, 0];
  // mp_obj_get_complex_maybe: an object's __complex__
  if (v instanceof PyObject && v.type.unaryOp !== undefined) {
    const r = v.type.unaryOp(UnaryOp.COMPLEX_MAYBE, v);
    if (r instanceof PyComplex) return [r.real, r.imag];
  }
  return undefined;
}

/** complex()'s two-argument form reads each part as a complex or a float (mp_obj_get_float). */
function complexOrFloatParts(v: PyValue): [number, number] {
  if (v instanceof PyComplex) return [v.real, v.imag];
  const d = toDouble(v);
  if (d === undefined) return raise(TypeError, `can't convert ${typeOf(v).name} to float`);
  return [d, 0];
}

function complexBinary(op: number, ar: number, ai: number, br: number, bi: number) {
  switch (op) {
    case BinaryOp.ADD:
      return new PyComplex(ar + br, ai + bi);
    case BinaryOp.SUBTRACT:
      return new PyComplex(ar - br, ai - bi);
    case BinaryOp.MULTIPLY:
      return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case BinaryOp.TRUE_DIVIDE:
      if (bi === 0) {
        if (br === 0) raise(ZeroDivisionError, "complex divide by zero");
        return new PyComplex(ar / br, ai / br);
      }
      if (br === 0) return new PyComplex(ai / bi, -ar / bi);
      {
        // multiplied by the divisor's reciprocal, as MicroPython rounds it
        const d = br * br + bi * bi;
        return complexBinary(BinaryOp.MULTIPLY, ar, ai, br / d, bi / -d);
      }
    case BinaryOp.POWER:
      return complexPow(ar, ai, br, bi);
    case BinaryOp.EQUAL:
      return ar === br && ai === bi;
    case BinaryOp.NOT_EQUAL:
      return ar !== br || ai !== bi;
    case BinaryOp.FLOOR_DIVIDE:
      // Only // has its own message; % and divmod fall through to "unsupported types".
      return raise(TypeError, "can't truncate-divide a complex number");
  }
  return undefined;
}

/** Parse complex("1+2j") style text. */
function parseComplex(text: string): PyComplex | undefined {
  // MicroPython takes no parentheses around the number
  const s = text.trim().replace(/_/g, "");
  const num = "(?:\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?|inf|infinity|nan)";
  const m = new RegExp(`^([+-]?${num})?(?:([+-]${num}?)[jJ])?$`, "i").exec(s);
  const mj = new RegExp(`^([+-]?${num}?)[jJ]$`, "i").exec(s);
  const f = (t: string) => {
    if (t === "" || t === "+") return 1;
    if (t === "-") return -1;
    return parseFloatText(t)!;
  };
  if (mj !== null) return new PyComplex(0, f(mj[1]));
  if (m !== null && (m[1] !== undefined || m[2] !== undefined)) {
    return new PyComplex(m[1] === undefined ? 0 : f(m[1]), m[2] === undefined ? 0 : f(m[2]));
  }
  return undefined;
}

function complexNew(type: PyType, args: PyValue[], kw: Kw): PyValue {
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
  if (args.length > 2) {
    raise(TypeError, `function expected at most 2 arguments, got ${args.length}`);
  }
  if (args.length === 0) return new PyComplex(0, 0, type);
  const a = args[0];
  if (typeof a === "string" && args.length === 1) {
    const c = parseComplex(a);
    if (c === undefined) raise(ValueError, "invalid syntax for number");
    return c!;
  }
  if (args.length === 1) {
    const p = toComplexParts(a);
    if (p === undefined) return raise(TypeError, `can't convert ${typeOf(a).name} to complex`);
    return new PyComplex(p[0], p[1], type);
  }
  const p = complexOrFloatParts(a);
  const q = complexOrFloatParts(args[1]);
  return new PyComplex(p[0] - q[1], p[1] + q[0], type);
}

Object.assign(complexType, {
  makeNew: complexNew,
  repr: (self: PyValue) => {
    const c = self as PyComplex;
    return complexRepr(c.real, c.imag);
  },
  hash: (self: PyValue) => {
    const c = self as PyComplex;
    return floatHash(c.real) ^ floatHash(c.imag);
  },
  getAttr: (self: PyValue, name: string) => {
    const c = self as PyComplex;
    if (name === "real") return new PyFloat(c.real);
    if (name === "imag") return new PyFloat(c.imag);
    return undefined;
  },
  unaryOp: (op: number, self: PyValue) => {
    const c = self as PyComplex;
    switch (op) {
      case UnaryOp.BOOL:
        return c.real !== 0 || c.imag !== 0;
      case UnaryOp.POSITIVE:
        return self;
      case UnaryOp.NEGATIVE:
        return new PyComplex(-c.real, -c.imag);
      case UnaryOp.ABS:
        // sqrt(re*re + im*im), not hypot: it overflows and gives nan for (inf, nan) alike
        return new PyFloat(Math.sqrt(c.real * c.real + c.imag * c.imag));
      case UnaryOp.HASH:
        return floatHash(c.real) ^ floatHash(c.imag);
    }
    return undefined;
  },
  binaryOp: (op: number, self: PyValue, other: PyValue) => {
    const c = self as PyComplex;
    // as for float: an object's __float__/__complex__ isn't used for a reflected op
    const reflected = op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER;
    const plain = !(other instanceof PyObject) || other instanceof PyFloat ||
      other instanceof PyComplex;
    const q = reflected && !plain ? undefined : toComplexParts(other);
    if (q === undefined) return undefined;
    if (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER) {
      op += BinaryOp.OR - BinaryOp.INPLACE_OR;
    } else if (op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER) {
      return complexBinary(op - (BinaryOp.REVERSE_OR - BinaryOp.OR), q[0], q[1], c.real, c.imag);
    }
    return complexBinary(op, c.real, c.imag, q[0], q[1]);
  },
});

complexHooks.pow = complexPow;
complexHooks.parse = parseComplex;
complexHooks.hasNan = (v) => v instanceof PyComplex && (v.real !== v.real || v.imag !== v.imag);
