// Numeric builtins: abs, divmod, pow, round, hex, oct, bin, chr, ord (py/modbuiltins.c).
// Importing this module also installs the numeric and text types' behaviour.
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { builtin, intLike, type PyValue, typeOf } from "./obj.ts";
import { raise, TypeError, ValueError } from "./obj_exception.ts";
import { PyFloat, toDouble } from "./obj_float.ts";
import { asInt, floatToInt, intBinaryOp, intPowMod, normInt, wordInt } from "./obj_int.ts";
import { binaryOp, unaryOp } from "./runtime.ts";
import { chr, ord } from "./str_methods.ts";
import "./obj_complex.ts";
import "./str_format.ts";
import "./str_percent.ts";
import "./bytes_methods.ts";
import "./obj_memoryview.ts";

/** Round half to even (C nearbyint in the default rounding mode). */
export function roundHalfEven(v: number): number {
  if (!Number.isFinite(v)) return v;
  const f = Math.floor(v);
  const d = v - f;
  let r: number;
  if (d > 0.5) r = f + 1;
  else if (d < 0.5) r = f;
  else r = f % 2 === 0 ? f : f + 1;
  return r === 0 && (v < 0 || Object.is(v, -0)) ? -0 : r;
}

/** mp_obj_get_float: int, bool, float or __float__, else TypeError. */
function floatArg(v: PyValue): number {
  const d = toDouble(v);
  if (d !== undefined) return d;
  return raise(TypeError, `can't convert ${typeOf(v).name} to float`);
}

// round (py/modbuiltins.c): ints stay ints (half to even at a negative ndigits); anything else
// is read as a float, rounded with nearbyint(val * 10**n) / 10**n.
function round(args: PyValue[]): PyValue {
  const x = args[0];
  const i = typeof x === "boolean" ? undefined : asInt(x);
  if (args.length < 2) {
    if (i !== undefined) return i;
    return floatToInt(roundHalfEven(floatArg(x)));
  }
  // a non-int is read as a float before ndigits is looked at
  const v = i === undefined ? floatArg(x) : 0;
  const n = wordInt(args[1]);
  if (i !== undefined) {
    if (n >= 0) return i;
    const p = 10n ** BigInt(-n);
    const b = typeof i === "bigint" ? i : BigInt(i);
    let q = b / p;
    let r = b % p;
    if (r < 0n) {
      r += p;
      q -= 1n;
    }
    if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) q += 1n;
    return normInt(q * p);
  }
  // With ndigits a bool is rounded as a float (mp_obj_is_int is false for it): round(True, 1)
  // is 1.0.
  const mult = Math.pow(10, n);
  return new PyFloat(roundHalfEven(v * mult) / mult);
}

/** pow(x, y, m) (mpz_pow3_inpl): 0 for x == 0, y < 0 or |m| == 1, else 1 for y == 0, before
 * any reduction (so pow(5, 0, -3) is 1); the errors and the rest are intPowMod's. */
function powMod(x: PyValue, y: PyValue, m: PyValue): PyValue {
  const isInt = (v: PyValue): v is number | bigint =>
    typeof v === "number" || typeof v === "bigint";
  if (isInt(x) && isInt(y) && isInt(m) && m != 0) {
    if (x == 0 || y < 0 || m == 1 || m == -1) return 0;
    if (y == 0) return 1;
  }
  return intPowMod(x, y, m);
}

function pow(args: PyValue[]): PyValue {
  if (args.length === 3) return powMod(args[0], args[1], args[2]);
  const a = args[0];
  if (typeof a === "number" || typeof a === "bigint") {
    const r = intBinaryOp(BinaryOp.POWER, a, args[1]);
    if (r !== undefined) return r;
  }
  return binaryOp(BinaryOp.POWER, a, args[1]);
}

// bin() formats with "{:#b}", so a non-int fails as that format spec does
function bin(v: PyValue): string {
  // only an int or bool: format code 'b' refuses an int subclass instance and __int__
  const i = typeof v === "object" ? undefined : intLike(v);
  if (i === undefined) {
    raise(ValueError, `unknown format code 'b' for object of type '${typeOf(v).name}'`);
  }
  return i < 0 ? "-0b" + (-i).toString(2) : "0b" + i.toString(2);
}

/** [name, value] rows for the builtins namespace. */
export const numericBuiltins: [string, PyValue][] = [
  ["abs", builtin("abs", (a) => unaryOp(UnaryOp.ABS, a[0]), 1, 1)],
  ["divmod", builtin("divmod", (a) => binaryOp(BinaryOp.DIVMOD, a[0], a[1]), 2, 2)],
  ["pow", builtin("pow", pow, 2, 3)],
  ["round", builtin("round", round, 1, 2)],
  // hex and oct are "%#x" % x and "%#o" % x, so a tuple is that operator's argument list
  ["hex", builtin("hex", (a) => binaryOp(BinaryOp.MODULO, "%#x", a[0]), 1, 1)],
  ["oct", builtin("oct", (a) => binaryOp(BinaryOp.MODULO, "%#o", a[0]), 1, 1)],
  ["bin", builtin("bin", (a) => bin(a[0]), 1, 1)],
  ["chr", builtin("chr", (a) => chr(a[0]), 1, 1)],
  ["ord", builtin("ord", (a) => ord(a[0]), 1, 1)],
];
