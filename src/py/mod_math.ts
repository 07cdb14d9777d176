// math module (py/modmath.c): results that are nan/inf for finite arguments raise
// "math domain error" as MicroPython's wrappers do. Transcendental functions come from libm.ts
// (musl's algorithms, as the reference build links) so results agree to the last bit.
import { builtin, type Kw, type PyValue } from "./obj.ts";
import { raise, TypeError, ValueError, ZeroDivisionError } from "./obj_exception.ts";
import { c99Pow, PyFloat, toDouble } from "./obj_float.ts";
import { PyTuple } from "./obj_tuple.ts";
import { floatToInt, normInt, wordInt } from "./obj_int.ts";
import { typeOf } from "./obj.ts";
import * as libm from "./libm.ts";

/** A float argument (int, bool, float; else TypeError as mp_obj_get_float). */
export function floatArg(v: PyValue): number {
  const d = toDouble(v);
  if (d !== undefined) return d;
  return raise(TypeError, `can't convert ${typeOf(v).name} to float`);
}

function domainError(): never {
  return raise(ValueError, "math domain error");
}

function f1(fn: (x: number) => number) {
  return (a: PyValue[]) => {
    const x = floatArg(a[0]);
    const r = fn(x);
    if ((r !== r && x === x) || (!Number.isFinite(r) && r === r && Number.isFinite(x))) {
      domainError();
    }
    return new PyFloat(r);
  };
}

function f2(fn: (x: number, y: number) => number) {
  return (a: PyValue[]) => {
    const x = floatArg(a[0]);
    const y = floatArg(a[1]);
    const r = fn(x, y);
    if (
      (r !== r && x === x && y === y) ||
      (!Number.isFinite(r) && r === r && Number.isFinite(x) && Number.isFinite(y))
    ) domainError();
    return new PyFloat(r);
  };
}

/** ceil/floor/trunc: the argument goes through a float even when it is an int (so a big int
 * loses its low bits, and one past the float range overflows), as modmath.c does. */
function roundToInt(a: PyValue, fn: (x: number) => number): PyValue {
  return floatToInt(fn(floatArg(a)));
}

const signBits = new DataView(new ArrayBuffer(16));

/** C's copysign: the magnitude of x with the sign bit of y, NaNs included. */
function copysign(x: number, y: number): number {
  signBits.setFloat64(0, x);
  signBits.setFloat64(8, y);
  const sign = signBits.getUint8(8) & 0x80;
  signBits.setUint8(0, (signBits.getUint8(0) & 0x7f) | sign);
  return signBits.getFloat64(0);
}

const frexpBits = new DataView(new ArrayBuffer(8));

/** frexp from the double's bits: subnormals are first scaled up by 2**64. */
function frexp(a: PyValue[]): PyValue {
  const x = floatArg(a[0]);
  if (x === 0 || !Number.isFinite(x)) return new PyTuple([new PyFloat(x), 0]);
  let y = x;
  let shift = 0;
  if (Math.abs(y) < 2 ** -1022) {
    y *= 2 ** 64;
    shift = 64;
  }
  frexpBits.setFloat64(0, y);
  const hi = frexpBits.getUint16(0);
  const e = ((hi >> 4) & 0x7ff) - 1022;
  // a biased exponent of 1022 makes the mantissa's magnitude fall in [0.5, 1)
  frexpBits.setUint16(0, (hi & 0x800f) | (1022 << 4));
  return new PyTuple([new PyFloat(frexpBits.getFloat64(0)), e - shift]);
}

function ldexp(a: PyValue[]): PyValue {
  const x = floatArg(a[0]);
  let e = wordInt(a[1]);
  let r = x;
  // Scale in steps so intermediate powers of two don't overflow.
  while (e > 1000) {
    r *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    r *= 2 ** -1000;
    e += 1000;
  }
  return new PyFloat(r * 2 ** e);
}

function log(a: PyValue[]): PyValue {
  const x = floatArg(a[0]);
  if (x <= 0) domainError();
  const l = Math.log(x);
  if (a.length < 2) return new PyFloat(l);
  const b = floatArg(a[1]);
  if (b <= 0) domainError();
  const lb = Math.log(b);
  if (lb === 0) raise(ZeroDivisionError, "divide by zero");
  return new PyFloat(l / lb);
}

function factorial(a: PyValue[]): PyValue {
  const n = wordInt(a[0]);
  if (n < 0) raise(ValueError, "negative factorial");
  let r = 1n;
  for (let i = 2n; i <= BigInt(n); i++) r *= i;
  return normInt(r);
}

function isclose(a: PyValue[], kw: Kw): PyValue {
  if (a.length > 2) raise(TypeError, "extra positional arguments given");
  const x = floatArg(a[0]);
  const y = floatArg(a[1]);
  let rel = 1e-9;
  let abs = 0;
  if (kw !== undefined) {
    for (const [k, v] of kw) {
      if (k === "rel_tol") rel = floatArg(v);
      else if (k === "abs_tol") abs = floatArg(v);
      else raise(TypeError, "extra keyword arguments given");
    }
  }
  if (rel < 0 || abs < 0) domainError();
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const d = Math.abs(x - y);
  return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
}

function modf(a: PyValue[]): PyValue {
  const x = floatArg(a[0]);
  const i = Number.isFinite(x) ? Math.trunc(x) : x;
  const f = Number.isFinite(x) ? x - i : x !== x ? x : 0 * Math.sign(x);
  const neg = x < 0 || Object.is(x, -0);
  return new PyTuple([new PyFloat(Object.is(f, 0) && neg ? -0 : f), new PyFloat(i)]);
}

function fmod(x: number, y: number): number {
  if (y === 0 || !Number.isFinite(x)) return NaN;
  return x % y;
}

type Row = [string, (a: PyValue[], kw: Kw) => PyValue, number, number, boolean?];

const ROWS: Row[] = [
  ["acos", f1(libm.acos), 1, 1],
  ["acosh", f1(libm.acosh), 1, 1],
  ["asin", f1(libm.asin), 1, 1],
  ["asinh", f1(libm.asinh), 1, 1],
  ["atan", f1(libm.atan), 1, 1],
  ["atan2", f2(libm.atan2), 2, 2],
  ["atanh", f1(libm.atanh), 1, 1],
  ["ceil", (a) => roundToInt(a[0], Math.ceil), 1, 1],
  ["copysign", f2(copysign), 2, 2],
  ["cos", f1(libm.cos), 1, 1],
  ["cosh", f1(libm.cosh), 1, 1],
  // degrees and radians scale without the domain check (an overflow gives inf)
  ["degrees", (a) => new PyFloat(floatArg(a[0]) * (180 / Math.PI)), 1, 1],
  ["erf", f1(libm.erf), 1, 1],
  ["erfc", f1(libm.erfc), 1, 1],
  ["exp", f1(libm.exp), 1, 1],
  ["expm1", f1(libm.expm1), 1, 1],
  ["fabs", f1(Math.abs), 1, 1],
  ["factorial", factorial, 1, 1],
  ["floor", (a) => roundToInt(a[0], Math.floor), 1, 1],
  ["fmod", f2(fmod), 2, 2],
  ["frexp", frexp, 1, 1],
  ["gamma", f1(libm.tgamma), 1, 1],
  ["isclose", isclose, 2, 255, true],
  ["isfinite", (a) => Number.isFinite(floatArg(a[0])), 1, 1],
  ["isinf", (a) => Math.abs(floatArg(a[0])) === Infinity, 1, 1],
  ["isnan", (a) => Number.isNaN(floatArg(a[0])), 1, 1],
  ["ldexp", ldexp, 2, 2],
  ["lgamma", f1(libm.lgamma), 1, 1],
  ["log", log, 1, 2],
  ["log10", f1((x) => (x <= 0 ? NaN : Math.log10(x))), 1, 1],
  ["log2", f1((x) => (x <= 0 ? NaN : Math.log2(x))), 1, 1],
  ["modf", modf, 1, 1],
  ["pow", f2(c99Pow), 2, 2],
  ["radians", (a) => new PyFloat(floatArg(a[0]) * (Math.PI / 180)), 1, 1],
  ["sin", f1(libm.sin), 1, 1],
  ["sinh", f1(libm.sinh), 1, 1],
  ["sqrt", f1((x) => (x < 0 ? NaN : Math.sqrt(x))), 1, 1],
  ["tan", f1(libm.tan), 1, 1],
  ["tanh", f1(libm.tanh), 1, 1],
  ["trunc", (a) => roundToInt(a[0], Math.trunc), 1, 1],
];

/** The math module's members. */
export function makeMathModule(): [string, PyValue][] {
  const out: [string, PyValue][] = [["__name__", "math"]];
  for (const [name, fn, min, max, kw] of ROWS) {
    out.push([name, builtin(name, fn, min, max, kw ?? false)]);
  }
  out.push(
    ["e", new PyFloat(Math.E)],
    ["pi", new PyFloat(Math.PI)],
    ["tau", new PyFloat(2 * Math.PI)],
    ["inf", new PyFloat(Infinity)],
    ["nan", new PyFloat(NaN)],
  );
  return out;
}
