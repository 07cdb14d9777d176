// math module (py/modmath.c): results that are nan/inf for finite arguments raise
// "math domain error" as MicroPython's wrappers do.
import { builtin, type Kw, type PyValue } from "./obj.ts";
import { raise, TypeError, ValueError, ZeroDivisionError } from "./obj_exception.ts";
import { PyFloat, toDouble } from "./obj_float.ts";
import { PyTuple } from "./obj_tuple.ts";
import { asInt, floatToInt, normInt } from "./obj_int.ts";
import { typeOf } from "./obj.ts";

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

function toIntResult(x: number): PyValue {
  return floatToInt(x);
}

function intOrFloat(a: PyValue, fn: (x: number) => number): PyValue {
  const i = asInt(a);
  if (i !== undefined) return i;
  return toIntResult(fn(floatArg(a)));
}

// Lanczos approximation (g = 7, n = 9) for gamma and lgamma.
const LANCZOS = [
  0.99999999999980993,
  676.5203681218851,
  -1259.1392167224028,
  771.32342877765313,
  -176.61502916214059,
  12.507343278686905,
  -0.13857109526572012,
  9.9843695780195716e-6,
  1.5056327351493116e-7,
];

function gamma(x: number): number {
  if (x === Math.floor(x)) {
    if (x <= 0) return NaN;
    if (x <= 171) {
      let r = 1;
      for (let i = 2; i < x; i++) r *= i;
      return r;
    }
    return Infinity;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  x -= 1;
  let a = LANCZOS[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
}

function lgamma(x: number): number {
  if (x <= 0 && x === Math.floor(x)) return Infinity;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  if (x === 1 || x === 2) return 0;
  x -= 1;
  let a = LANCZOS[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** erf via its Taylor series near 0 and a continued fraction for erfc further out. */
function erf(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) < 2.5) {
    let sum = x;
    let term = x;
    const x2 = x * x;
    for (let n = 1; n < 200; n++) {
      term *= -x2 / n;
      const d = term / (2 * n + 1);
      sum += d;
      if (Math.abs(d) < 1e-17 * Math.abs(sum)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  return x > 0 ? 1 - erfc(x) : erfc(-x) - 1;
}

function erfc(x: number): number {
  if (x !== x) return x;
  if (x < 2.5) return 1 - erf(x);
  // Lentz's continued fraction for erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + ...)))
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 300; n++) {
    const an = n / 2;
    d = x + an * d;
    d = d === 0 ? 1e-300 : 1 / d;
    c = x + an / c;
    if (c === 0) c = 1e-300;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

function frexp(a: PyValue[]): PyValue {
  const x = floatArg(a[0]);
  if (x === 0 || !Number.isFinite(x)) return new PyTuple([new PyFloat(x), 0]);
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * Math.pow(2, -e);
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return new PyTuple([new PyFloat(m), e]);
}

function ldexp(a: PyValue[]): PyValue {
  const x = floatArg(a[0]);
  const i = asInt(a[1]);
  if (i === undefined) return raise(TypeError, `can't convert ${typeOf(a[1]).name} to int`);
  let e = Number(i);
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
  const n = asInt(a[0]);
  if (n === undefined) return raise(TypeError, `can't convert ${typeOf(a[0]).name} to int`);
  if (n < 0) raise(ValueError, "negative factorial");
  let r = 1n;
  for (let i = 2n; i <= BigInt(n); i++) r *= i;
  return normInt(r);
}

function isclose(a: PyValue[], kw: Kw): PyValue {
  const x = floatArg(a[0]);
  const y = floatArg(a[1]);
  let rel = 1e-9;
  let abs = 0;
  if (kw !== undefined) {
    for (const [k, v] of kw) {
      if (k === "rel_tol") rel = floatArg(v);
      else if (k === "abs_tol") abs = floatArg(v);
      else raise(TypeError, `unexpected keyword argument '${k}'`);
    }
  }
  if (rel < 0 || abs < 0) raise(ValueError, "tolerances must be non-negative");
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const d = Math.abs(x - y);
  return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
}

function modf(a: PyValue[]): PyValue {
  const x = floatArg(a[0]);
  const i = Number.isFinite(x) ? Math.trunc(x) : x;
  const f = Number.isFinite(x) ? x - i : x !== x ? x : 0 * Math.sign(x);
  return new PyTuple([new PyFloat(Object.is(f, 0) && x < 0 ? -0 : f), new PyFloat(i)]);
}

function fmod(x: number, y: number): number {
  if (y === 0 || !Number.isFinite(x)) return NaN;
  return x % y;
}

type Row = [string, (a: PyValue[], kw: Kw) => PyValue, number, number, boolean?];

const ROWS: Row[] = [
  ["acos", f1(Math.acos), 1, 1],
  ["acosh", f1(Math.acosh), 1, 1],
  ["asin", f1(Math.asin), 1, 1],
  ["asinh", f1(Math.asinh), 1, 1],
  ["atan", f1(Math.atan), 1, 1],
  ["atan2", f2(Math.atan2), 2, 2],
  ["atanh", f1(Math.atanh), 1, 1],
  ["ceil", (a) => intOrFloat(a[0], Math.ceil), 1, 1],
  ["copysign", f2((x, y) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x))), 2, 2],
  ["cos", f1(Math.cos), 1, 1],
  ["cosh", f1(Math.cosh), 1, 1],
  ["degrees", f1((x) => x * (180 / Math.PI)), 1, 1],
  ["erf", f1(erf), 1, 1],
  ["erfc", f1(erfc), 1, 1],
  ["exp", f1(Math.exp), 1, 1],
  ["expm1", f1(Math.expm1), 1, 1],
  ["fabs", f1(Math.abs), 1, 1],
  ["factorial", factorial, 1, 1],
  ["floor", (a) => intOrFloat(a[0], Math.floor), 1, 1],
  ["fmod", f2(fmod), 2, 2],
  ["frexp", frexp, 1, 1],
  ["gamma", f1(gamma), 1, 1],
  ["isclose", isclose, 2, 2, true],
  ["isfinite", (a) => Number.isFinite(floatArg(a[0])), 1, 1],
  ["isinf", (a) => Math.abs(floatArg(a[0])) === Infinity, 1, 1],
  ["isnan", (a) => Number.isNaN(floatArg(a[0])), 1, 1],
  ["ldexp", ldexp, 2, 2],
  ["lgamma", f1(lgamma), 1, 1],
  ["log", log, 1, 2],
  ["log10", f1((x) => (x <= 0 ? NaN : Math.log10(x))), 1, 1],
  ["log2", f1((x) => (x <= 0 ? NaN : Math.log2(x))), 1, 1],
  ["modf", modf, 1, 1],
  ["pow", f2(Math.pow), 2, 2],
  ["radians", f1((x) => x * (Math.PI / 180)), 1, 1],
  ["sin", f1(Math.sin), 1, 1],
  ["sinh", f1(Math.sinh), 1, 1],
  ["sqrt", f1((x) => (x < 0 ? NaN : Math.sqrt(x))), 1, 1],
  ["tan", f1(Math.tan), 1, 1],
  ["tanh", f1(Math.tanh), 1, 1],
  ["trunc", (a) => intOrFloat(a[0], Math.trunc), 1, 1],
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
