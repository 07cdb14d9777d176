// int and bool (py/objint.c, objint_mpz.c, objbool.c). Ints are JS numbers while they are
// safe integers and bigints beyond; every result goes through normInt so a value has exactly
// one representation.
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import {
  addMethods,
  boolType,
  builtin,
  intLike,
  intType,
  type Kw,
  PyObject,
  type PyType,
  type PyValue,
  typeOf,
} from "./obj.ts";
import { OverflowError, raise, TypeError, ValueError, ZeroDivisionError } from "./obj_exception.ts";
import {
  bigResult,
  bitLength,
  checkPowSize,
  MAX_MPZ_BITS,
  mpzAllocFailed,
  mpzDigits,
} from "./int_mpz_size.ts";
import { floatBinary, floatPow, PyFloat } from "./obj_float.ts";
import { PyClassMethod } from "./obj_property.ts";
import { PyTuple } from "./obj_tuple.ts";
import { intHash, truthy } from "./runtime.ts";

/** A bigint as a number when it is a safe integer. */
export function normInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** An int-like value (int or bool) as a number|bigint, else undefined. */
export function asInt(v: PyValue): number | bigint | undefined {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return undefined;
}

const big = (v: number | bigint): bigint => (typeof v === "bigint" ? v : BigInt(v));

function zeroDiv(): never {
  return raise(ZeroDivisionError, "divide by zero");
}

/** Python floor division of ints. */
export function intFloorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroDiv();
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return Number.isSafeInteger(q) ? q + 0 : normInt(BigInt(a) / BigInt(b));
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) zeroDiv();
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return normInt(q);
}

/** Python modulo of ints (result has the divisor's sign). */
export function intMod(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroDiv();
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) zeroDiv();
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normInt(r);
}

/** a ** b for b >= 0. */
export function intPow(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    let result = 1;
    let base = a;
    let e = b;
    for (;;) {
      if (e & 1) {
        result *= base;
        if (!Number.isSafeInteger(result)) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result + 0;
      base *= base;
      if (!Number.isSafeInteger(base)) break;
    }
  }
  const x = big(a);
  // 0, 1 and -1 to a huge power need no room
  if (x >= -1n && x <= 1n) return x === -1n && (big(b) & 1n) === 0n ? 1 : normInt(x);
  checkPowSize(x, b);
  return bigResult(true, a, b, () => normInt(x ** big(b)));
}

/** pow(a, b, m) (mpz_pow3_inpl). */
export function intPowMod(a: PyValue, b: PyValue, m: PyValue): PyValue {
  const x = asInt(a);
  const e = asInt(b);
  const n = asInt(m);
  // MicroPython's mp_obj_is_int: a bool is not an int here.
  const isBool = typeof a === "boolean" || typeof b === "boolean" || typeof m === "boolean";
  if (x === undefined || e === undefined || n === undefined || isBool) {
    return raise(TypeError, "pow() with 3 arguments requires integers");
  }
  let mod = big(n);
  if (mod === 0n) return raise(ValueError, "divide by zero");
  let exp = big(e);
  if (exp < 0n) return 0;
  const neg = mod < 0n;
  if (neg) mod = -mod;
  let base = ((big(x) % mod) + mod) % mod;
  let r = 1n % mod;
  while (exp > 0n) {
    if (exp & 1n) r = (r * base) % mod;
    exp >>= 1n;
    base = (base * base) % mod;
  }
  if (neg && r !== 0n) r -= mod;
  return normInt(r);
}

/** A shift count: it must fit a machine word before its sign is looked at. */
function shiftCount(s: number | bigint): number {
  if (typeof s === "bigint" || s < -0x7fffffff || s > 0x7fffffff) {
    return raise(OverflowError, "overflow converting long int to machine word");
  }
  if (s < 0) raise(ValueError, "negative shift count");
  return s;
}

function shiftLeft(a: number | bigint, count: number | bigint): number | bigint {
  const s = shiftCount(count);
  if (typeof a === "number" && s < 53) {
    const r = a * 2 ** s;
    if (Number.isSafeInteger(r)) return r;
  }
  if (a === 0 || a === 0n) return 0;
  if (bitLength(a) + s > MAX_MPZ_BITS) {
    // mpz_shl_inpl asks for the operand's digits plus the whole and partial new ones
    return mpzAllocFailed(mpzDigits(bitLength(a)) + mpzDigits(s));
  }
  return normInt(big(a) << BigInt(s));
}

function shiftRight(a: number | bigint, count: number | bigint): number | bigint {
  const s = shiftCount(count);
  if (typeof a === "number") {
    if (s >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** s) + 0;
  }
  return normInt(a >> BigInt(s));
}

const SMALL = 0x3fffffff;
function bitwise(op: number, a: number | bigint, b: number | bigint): number | bigint {
  if (
    typeof a === "number" && typeof b === "number" && a >= -SMALL && a <= SMALL && b >= -SMALL &&
    b <= SMALL
  ) {
    return op === BinaryOp.AND ? a & b : op === BinaryOp.OR ? a | b : a ^ b;
  }
  const x = big(a);
  const y = big(b);
  return normInt(op === BinaryOp.AND ? x & y : op === BinaryOp.OR ? x | y : x ^ y);
}

function compareInts(op: number, a: number | bigint, b: number | bigint): boolean {
  switch (op) {
    case BinaryOp.LESS:
      return a < b;
    case BinaryOp.MORE:
      return a > b;
    case BinaryOp.EQUAL:
      return a == b;
    case BinaryOp.LESS_EQUAL:
      return a <= b;
    case BinaryOp.MORE_EQUAL:
      return a >= b;
    default:
      return a != b;
  }
}

/** A binary op on two ints (mp_binary_op's int paths, py/objint.c); `b` may also be a float
 * (the float op is used). Returns undefined when the op doesn't apply to these operands. */
export function intBinaryOp(op: number, a: number | bigint, bv: PyValue): PyValue | undefined {
  const b = asInt(bv);
  if (b === undefined) {
    if (bv instanceof PyFloat) return floatBinary(op, Number(a), bv.value);
    return undefined;
  }
  if (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER) {
    op += BinaryOp.OR - BinaryOp.INPLACE_OR;
  } else if (op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER) {
    return intBinaryOp(op - (BinaryOp.REVERSE_OR - BinaryOp.OR), b, a);
  }
  switch (op) {
    case BinaryOp.ADD:
      if (typeof a === "number" && typeof b === "number") {
        const r = a + b;
        if (Number.isSafeInteger(r)) return r;
      }
      return bigResult(false, a, b, () => normInt(big(a) + big(b)));
    case BinaryOp.SUBTRACT:
      if (typeof a === "number" && typeof b === "number") {
        const r = a - b;
        if (Number.isSafeInteger(r)) return r;
      }
      return bigResult(false, a, b, () => normInt(big(a) - big(b)));
    case BinaryOp.MULTIPLY:
      if (typeof a === "number" && typeof b === "number") {
        const r = a * b;
        if (Number.isSafeInteger(r)) return r + 0;
      }
      return bigResult(true, a, b, () => normInt(big(a) * big(b)));
    case BinaryOp.FLOOR_DIVIDE:
      return intFloorDiv(a, b);
    case BinaryOp.MODULO:
      return intMod(a, b);
    case BinaryOp.TRUE_DIVIDE:
      if (b == 0) zeroDiv();
      return new PyFloat(Number(a) / Number(b));
    case BinaryOp.POWER:
      if (b < 0) {
        if (a == 0) zeroDiv();
        return floatPow(Number(a), Number(b));
      }
      return intPow(a, b);
    case BinaryOp.DIVMOD:
      return new PyTuple([intFloorDiv(a, b), intMod(a, b)]);
    case BinaryOp.LSHIFT:
      return shiftLeft(a, b);
    case BinaryOp.RSHIFT:
      return shiftRight(a, b);
    case BinaryOp.AND:
    case BinaryOp.OR:
    case BinaryOp.XOR:
      return bitwise(op, a, b);
    case BinaryOp.LESS:
    case BinaryOp.MORE:
    case BinaryOp.EQUAL:
    case BinaryOp.LESS_EQUAL:
    case BinaryOp.MORE_EQUAL:
    case BinaryOp.NOT_EQUAL:
      return compareInts(op, a, b);
  }
  return undefined;
}

/** A unary op on an int (mp_obj_int_unary_op). */
export function intUnaryOp(op: number, a: number | bigint): PyValue | undefined {
  switch (op) {
    case UnaryOp.BOOL:
      return a != 0;
    case UnaryOp.POSITIVE:
    case UnaryOp.INT_MAYBE:
      return a;
    case UnaryOp.NEGATIVE:
      return typeof a === "number" ? 0 - a : normInt(-a);
    case UnaryOp.INVERT:
      return typeof a === "number" ? -1 - a : normInt(~a);
    case UnaryOp.ABS:
      return typeof a === "number" ? Math.abs(a) : normInt(a < 0n ? -a : a);
    case UnaryOp.HASH:
      return intHash(a);
      // No FLOAT_MAYBE: float(IntSubclass(1)) is a TypeError in MicroPython.
  }
  return undefined;
}

/** The int value of a float, truncated (int(1.9)). */
export function floatToInt(x: number): number | bigint {
  if (x !== x) return raise(ValueError, "can't convert NaN to int");
  if (!Number.isFinite(x)) return raise(OverflowError, "can't convert inf to int");
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

/** int(x) for a single argument. */
export function toInt(v: PyValue): number | bigint {
  const i = asInt(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) return floatToInt(v.value);
  if (typeof v === "string") return parseIntText(v, 10);
  if (v instanceof PyObject) {
    const t = v.type;
    if (t.unaryOp !== undefined) {
      const r = t.unaryOp(UnaryOp.INT_MAYBE, v);
      const ri = r === undefined ? undefined : asInt(r);
      if (ri !== undefined) return ri;
    }
    // else any buffer (bytes, bytearray, memoryview, array) holds the digits
    const data = t.buffer?.(v, false);
    if (data !== undefined) return parseIntText(latin1(data), 10);
  }
  return raise(TypeError, `can't convert ${typeOf(v).name} to int`);
}

function latin1(data: Uint8Array): string {
  let s = "";
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  return s;
}

/** The index value of an int argument (mp_obj_get_int), raising TypeError otherwise. */
export function getInt(v: PyValue): number | bigint {
  const i = intLike(v);
  if (i !== undefined) return i;
  return raise(TypeError, `can't convert ${typeOf(v).name} to int`);
}

/** mp_obj_get_int on the 32-bit reference build: an int that must fit a machine word (a long
 * int's magnitude must fit 31 bits, so -2**31 is refused too). */
export function wordInt(v: PyValue): number {
  const i = getInt(v);
  if (typeof i === "bigint" || i < -0x7fffffff || i > 0x7fffffff) {
    return raise(OverflowError, "overflow converting long int to machine word");
  }
  return i;
}

/** A small-int argument as a JS number (bigints are out of range). */
export function getSmallInt(v: PyValue): number {
  const i = getInt(v);
  if (typeof i === "bigint") {
    return raise(OverflowError, "overflow converting long int to machine word");
  }
  return i;
}

function intNew(type: PyType, args: PyValue[], kw: Kw): PyValue {
  if (kw !== undefined && kw.size > 0) {
    raise(TypeError, "function doesn't take keyword arguments");
  }
  if (args.length === 0) return 0;
  if (args.length > 2) {
    raise(TypeError, `function expected at most 2 arguments, got ${args.length}`);
  }
  let r: number | bigint;
  if (args.length === 1) r = toInt(args[0]);
  else {
    const base = getSmallInt(args[1]);
    const s = args[0];
    if (typeof s === "string") r = parseIntText(s, base);
    else if (s instanceof PyObject && s.type.name === "bytes" && s.type.buffer !== undefined) {
      r = parseIntText(latin1(s.type.buffer(s, false)!), base);
    } else {
      return raise(TypeError, `can't convert '${typeOf(s).name}' object to str implicitly`);
    }
  }
  void type;
  return r;
}

/** int.from_bytes(bytes, byteorder="big", signed): a classmethod (args[0] is the class).
 * MicroPython 1.27 accepts and ignores `signed`, and any buffer (str too). */
function fromBytes(args: PyValue[]): PyValue {
  const src = args[1];
  const data = typeof src === "string"
    ? new TextEncoder().encode(src)
    : typeOf(src).buffer?.(src, false);
  if (data === undefined) return raise(TypeError, "object with buffer protocol required");
  const little = args.length > 2 && args[2] === "little";
  let r = 0n;
  for (let i = 0; i < data.length; i++) {
    const byte = data[little ? data.length - 1 - i : i];
    r = (r << 8n) | BigInt(byte);
  }
  return normInt(r);
}

/** The smallest value MicroPython's mp_obj_int_to_bytes accepts in `n` bytes: two's
 * complement for small ints; a negative long int (16-bit mpz digits) must also fit its whole
 * digits into the buffer. Positive values only need v < 2**(8n); `signed` is ignored. */
function toBytesFits(v: bigint, n: number): boolean {
  if (v >= 0n) return v < 1n << BigInt(8 * n);
  if (n === 0 || v < -(1n << BigInt(8 * n - 1))) return false;
  if (v >= SMALL_INT_MIN) return true;
  const digits = Math.ceil((-v).toString(2).length / 16);
  return 2 * digits <= n;
}

/** The 32-bit build's small-int range (MP_SMALL_INT_MIN), as the reference build has. */
const SMALL_INT_MIN = -(1n << 30n);

/** int.to_bytes(length=1, byteorder="big", signed=False), positional only. */
function toBytes(args: PyValue[]): PyValue {
  const v = big(getInt(args[0]));
  const n = args.length > 1 ? wordInt(args[1]) : 1;
  if (n < 0) raise(ValueError);
  const little = args.length > 2 && args[2] === "little";
  if (!toBytesFits(v, n)) raise(OverflowError, "buffer too small");
  let u = BigInt.asUintN(8 * n, v);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[little ? i : n - 1 - i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return bytesFactory.make(out);
}

/** Installed by obj_bytes users: builds a bytes object (avoids an import cycle). */
export const bytesFactory = { make: (_d: Uint8Array): PyValue => null };

// MicroPython has no bool-specific operators: True & False is the int 0.
function boolOrInt(op: number, a: boolean, b: PyValue): PyValue | undefined {
  return intBinaryOp(op, a ? 1 : 0, typeof b === "boolean" ? (b ? 1 : 0) : b);
}

Object.assign(intType, {
  makeNew: intNew,
  repr: (self: PyValue) => String(self),
  hash: (self: PyValue) => intHash(self as number | bigint),
  unaryOp: (op: number, self: PyValue) => intUnaryOp(op, self as number | bigint),
  binaryOp: (op: number, self: PyValue, other: PyValue) =>
    intBinaryOp(op, self as number | bigint, other),
});

Object.assign(boolType, {
  makeNew: (_t: PyType, args: PyValue[], kw: Kw) => {
    if (kw !== undefined && kw.size > 0) {
      raise(TypeError, "function doesn't take keyword arguments");
    }
    if (args.length > 1) {
      raise(TypeError, `function expected at most 1 arguments, got ${args.length}`);
    }
    if (args.length === 0) return false;
    return truthy(args[0]);
  },
  repr: (self: PyValue) => (self ? "True" : "False"),
  hash: (self: PyValue) => (self ? 1 : 0),
  unaryOp: (op: number, self: PyValue) => {
    if (op === UnaryOp.BOOL) return self;
    return intUnaryOp(op, self ? 1 : 0);
  },
  binaryOp: (op: number, self: PyValue, other: PyValue) => boolOrInt(op, self as boolean, other),
});

intType.locals.set("from_bytes", new PyClassMethod(builtin("from_bytes", fromBytes, 2, 4)));
addMethods(intType, [["to_bytes", toBytes, 1, 4]]);

// --- parsing (py/parsenum.c mp_parse_num_integer) -------------------------------------------

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 0x20;
  if (c >= 97 && c <= 122) return c - 87;
  return 99;
}

/** Quote the unparsed tail of an int literal for the error message, bytes escaped. */
function quoteTail(s: string): string {
  const data = new TextEncoder().encode(s);
  let q = "'";
  for (const b of data) {
    if (b === 0x27 || b === 0x5c) q += "\\" + String.fromCharCode(b);
    else if (b >= 0x20 && b < 0x7f) q += String.fromCharCode(b);
    else if (b === 10) q += "\\n";
    else if (b === 13) q += "\\r";
    else if (b === 9) q += "\\t";
    else q += "\\x" + b.toString(16).padStart(2, "0");
  }
  return q + "'";
}

/** Parse int(s, base) text: whitespace, sign, base prefixes and underscores allowed. */
export function parseIntText(s: string, base: number): number | bigint {
  if (base !== 0 && (base < 2 || base > 36)) {
    raise(ValueError, "int() arg 2 must be >= 2 and <= 36");
  }
  const argBase = base;
  let i = 0;
  let end = s.length;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  let neg = false;
  const c0 = s.charCodeAt(i);
  if (c0 === 43 || c0 === 45) {
    neg = c0 === 45;
    i++;
  }
  // A base prefix is skipped when it matches the base (or base is 0).
  if (s.charCodeAt(i) === 48 && i + 1 < end) {
    const p = s.charCodeAt(i + 1) | 0x20;
    const pb = p === 120 ? 16 : p === 111 ? 8 : p === 98 ? 2 : 0;
    if (pb !== 0 && (base === 0 || base === pb)) {
      base = pb;
      i += 2;
    }
  }
  const noPrefix = base === 0;
  if (base === 0) base = 10;
  const start = i;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  let n = 0;
  let r = 0;
  let bigR: bigint | undefined;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) continue;
    const d = digitValue(c);
    if (d >= base) break;
    n++;
    if (bigR === undefined) {
      r = r * base + d;
      if (r > 0x1fffffffffffff / 64) bigR = BigInt(r);
    } else bigR = bigR * BigInt(base) + BigInt(d);
  }
  const leadingZero = noPrefix && s.charCodeAt(start) === 48 && r !== 0;
  if (n === 0 || i < end || leadingZero) {
    return raise(
      ValueError,
      `invalid syntax for integer with base ${leadingZero ? argBase : base}: ${
        quoteTail(s.slice(start))
      }`,
    );
  }
  if (bigR !== undefined) return normInt(neg ? -bigR : bigR);
  return neg ? 0 - r : r;
}
