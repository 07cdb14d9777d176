// Reading and writing typed values in byte buffers, shared by array, struct and memoryview
// (py/binary.c). Type codes follow the struct module.
import { intLike, type PyValue, typeOf } from "./obj.ts";
import { PyFloat, toDouble } from "./obj_float.ts";
import { raise, TypeError, ValueError } from "./obj_exception.ts";

interface CodeInfo {
  size: number;
  kind: "int" | "uint" | "float" | "obj";
}

const CODES: Record<string, CodeInfo> = {
  b: { size: 1, kind: "int" },
  B: { size: 1, kind: "uint" },
  h: { size: 2, kind: "int" },
  H: { size: 2, kind: "uint" },
  i: { size: 4, kind: "int" },
  I: { size: 4, kind: "uint" },
  l: { size: 4, kind: "int" },
  L: { size: 4, kind: "uint" },
  q: { size: 8, kind: "int" },
  Q: { size: 8, kind: "uint" },
  P: { size: 4, kind: "uint" },
  O: { size: 4, kind: "obj" },
  e: { size: 2, kind: "float" },
  f: { size: 4, kind: "float" },
  d: { size: 8, kind: "float" },
};

export function codeInfo(code: string): CodeInfo | undefined {
  return CODES[code];
}

export function codeSize(code: string): number {
  const c = CODES[code];
  if (c === undefined) return raise(ValueError, "bad typecode");
  return c.size;
}

/** A value as stored in a buffer of this type code. */
export function readValue(view: DataView, offset: number, code: string, little: boolean): PyValue {
  switch (code) {
    case "b":
      return view.getInt8(offset);
    case "B":
      return view.getUint8(offset);
    case "h":
      return view.getInt16(offset, little);
    case "H":
      return view.getUint16(offset, little);
    case "i":
    case "l":
      return view.getInt32(offset, little);
    case "I":
    case "L":
    case "P":
      return view.getUint32(offset, little);
    case "q":
      return normInt(view.getBigInt64(offset, little));
    case "Q":
      return normInt(view.getBigUint64(offset, little));
    case "e":
      return new PyFloat(decodeHalf(view.getUint16(offset, little)));
    case "f":
      return new PyFloat(view.getFloat32(offset, little));
    case "d":
      return new PyFloat(view.getFloat64(offset, little));
    case "O":
      return objectAt(view.getUint32(offset, little));
  }
  return raise(ValueError, "bad typecode");
}

// 'O' stores an object as its 32-bit mp_obj_t: a small int n is (n << 1) | 1; any other
// object gets a stable even word standing in for its address, which reads back as it.
const objectWords = new Map<PyValue, number>();
const wordObjects = new Map<number, PyValue>();
let nextWord = 0x10000;

function objectWord(v: PyValue): number {
  if (typeof v === "number" && v >= -0x40000000 && v < 0x40000000) return ((v << 1) | 1) >>> 0;
  let w = objectWords.get(v);
  if (w === undefined) {
    w = nextWord;
    nextWord += 8;
    objectWords.set(v, w);
    wordObjects.set(w, v);
  }
  return w;
}

function objectAt(w: number): PyValue {
  if (w & 1) return (w | 0) >> 1;
  return wordObjects.get(w) ?? null;
}

/** A binary16 as a double (exact). */
function decodeHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0x1f) return m === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1024 + m) * 2 ** (e - 25);
}

const f32 = new DataView(new ArrayBuffer(4));

/** MicroPython's software binary16 encoder (py/binary.c, for builds without _Float16), quirks
 * included: the value goes through float32, the mantissa rounds half up and its carry is ORed
 * into the exponent field, and only exponents past 0x3f count as overflow, so 1e6 packs as
 * 0x8ba1. */
function encodeHalf(x: number): number {
  f32.setFloat32(0, x);
  const i = f32.getUint32(0);
  let m = (i >>> 13) & 0x3ff;
  if (i & 0x1000) m++;
  let e = (i >>> 23) & 0xff;
  if (e === 0xff) e = 0x1f;
  else if (e !== 0) {
    e -= 127 - 15;
    if (e < 0) {
      if (e >= -11) {
        m = (m | 0x400) >> -e;
        m = m & 1 ? (m >> 1) + 1 : m >> 1;
      } else m = 0;
      e = 0;
    } else if (e > 0x3f) {
      e = 0x1f;
      m = 0;
    }
  }
  return (((i >>> 16) & 0x8000) | (e << 10) | m) & 0xffff;
}

function normInt(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : v;
}

/** An int code's value (mp_obj_get_int): ints, bools and __int__, never floats. */
function intValue(v: PyValue): bigint {
  const i = intLike(v);
  if (i === undefined) return raise(TypeError, `can't convert ${typeOf(v).name} to int`);
  return typeof i === "bigint" ? i : BigInt(i);
}

/** A float code's value (mp_obj_get_float). */
function floatValue(v: PyValue): number {
  const d = toDouble(v);
  if (d === undefined) return raise(TypeError, `can't convert ${typeOf(v).name} to float`);
  return d;
}

/** Store a value (ints wrap around as in C, as MicroPython does). */
export function writeValue(
  view: DataView,
  offset: number,
  code: string,
  little: boolean,
  v: PyValue,
) {
  switch (code) {
    case "b":
    case "B":
      return view.setUint8(offset, Number(BigInt.asUintN(8, intValue(v))));
    case "h":
    case "H":
      return view.setUint16(offset, Number(BigInt.asUintN(16, intValue(v))), little);
    case "i":
    case "l":
    case "I":
    case "L":
    case "P":
      return view.setUint32(offset, Number(BigInt.asUintN(32, intValue(v))), little);
    case "q":
    case "Q":
      return view.setBigUint64(offset, BigInt.asUintN(64, intValue(v)), little);
    case "e":
      return view.setUint16(offset, encodeHalf(floatValue(v)), little);
    case "f":
      return view.setFloat32(offset, floatValue(v), little);
    case "d":
      return view.setFloat64(offset, floatValue(v), little);
    case "O":
      return view.setUint32(offset, objectWord(v), little);
  }
  raise(ValueError, "bad typecode");
}
