// Reading and writing typed values in byte buffers, shared by array, struct and memoryview
// (py/binary.c). Type codes follow the struct module.
import type { PyValue } from "./obj.ts";
import { PyFloat } from "./obj_float.ts";
import { raise, TypeError, ValueError } from "./obj_exception.ts";

interface CodeInfo {
  size: number;
  kind: "int" | "uint" | "float";
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
    case "f":
      return new PyFloat(view.getFloat32(offset, little));
    case "d":
      return new PyFloat(view.getFloat64(offset, little));
  }
  return raise(ValueError, "bad typecode");
}

function normInt(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : v;
}

function toNumber(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(BigInt.asIntN(64, v));
  if (v instanceof PyFloat) return v.value;
  return raise(TypeError, "can't convert to int");
}

function toBig(v: PyValue): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "boolean") return v ? 1n : 0n;
  return raise(TypeError, "can't convert to int");
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
      return view.setUint8(offset, toNumber(v) & 0xff);
    case "h":
    case "H":
      return view.setUint16(offset, toNumber(v) & 0xffff, little);
    case "i":
    case "l":
    case "I":
    case "L":
    case "P":
      return view.setUint32(offset, Number(BigInt.asUintN(32, toBig(intOnly(v)))), little);
    case "q":
    case "Q":
      return view.setBigUint64(offset, BigInt.asUintN(64, toBig(intOnly(v))), little);
    case "f":
      return view.setFloat32(offset, toNumber(v), little);
    case "d":
      return view.setFloat64(offset, toNumber(v), little);
  }
  raise(ValueError, "bad typecode");
}

function intOnly(v: PyValue): PyValue {
  if (v instanceof PyFloat) return raise(TypeError, "can't convert float to int");
  return v;
}
