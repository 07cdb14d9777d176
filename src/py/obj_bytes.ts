// bytes and bytearray share one representation: a Uint8Array view (py/objstr.c, objarray.c).
// Slots live here; methods are in bytes_methods.ts.
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import {
  defineType,
  intLike,
  type Kw,
  PyObject,
  type PyType,
  type PyValue,
  typeOf,
} from "./obj.ts";
import {
  IndexError,
  NotImplementedError,
  OverflowError,
  raise,
  TypeError,
  ValueError,
} from "./obj_exception.ts";
import { unhashable } from "./obj_dict.ts";
import { encodeUtf8 } from "./str_utf8.ts";
import { PySlice, sliceIndices } from "./obj_slice.ts";
import { checkRepeatSize, repeatCount } from "./seq.ts";
import { bytesHash, getIter, iterNext } from "./runtime.ts";

export const bytesType: PyType = defineType({ name: "bytes" });
export const bytearrayType: PyType = defineType({ name: "bytearray" });

export class PyBytes extends PyObject {
  constructor(public data: Uint8Array, type: PyType = bytesType) {
    super(type);
  }
}

/** A bytearray owns a growable buffer: `data` is always `buf.subarray(0, length)`. */
export class PyByteArray extends PyObject {
  buf: Uint8Array;
  constructor(public data: Uint8Array, type: PyType = bytearrayType) {
    super(type);
    this.buf = data;
  }
  /** Resize to n bytes (new bytes are zero). */
  resize(n: number): void {
    if (n > this.buf.length || this.data.byteOffset !== this.buf.byteOffset) {
      const nb = new Uint8Array(Math.max(n, this.buf.length * 2, 8));
      nb.set(this.data);
      this.buf = nb;
    } else if (n > this.data.length) this.buf.fill(0, this.data.length, n);
    this.data = this.buf.subarray(0, n);
  }
  push(b: number): void {
    const n = this.data.length;
    this.resize(n + 1);
    this.data[n] = b;
  }
  /** Replace data[start:stop] with src. */
  splice(start: number, stop: number, src: Uint8Array): void {
    const n = this.data.length;
    const tail = this.data.slice(stop);
    const len = n - (stop - start) + src.length;
    const copy = src.buffer === this.buf.buffer ? src.slice() : src;
    this.resize(len);
    this.data.set(copy, start);
    this.data.set(tail, start + copy.length);
  }
}

/** The bytes of any buffer-protocol object, or undefined. */
export function bufferData(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.data;
  if (v instanceof PyObject && v.type.buffer !== undefined) return v.type.buffer(v, false);
  return undefined;
}

/** Bytes as a latin-1 string (one char per byte). */
export function latin1(data: Uint8Array): string {
  let s = "";
  for (let i = 0; i < data.length; i += 4096) {
    s += String.fromCharCode.apply(null, data.subarray(i, i + 4096) as unknown as number[]);
  }
  return s;
}

/** A latin-1 string back to bytes. */
export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Hook for bytes % args (installed by bytes_methods.ts). */
export const bytesPercentHook = {
  format: (_self: PyBytes, _args: PyValue): PyValue => raise(NotImplementedError),
};

function byteValue(v: PyValue): number {
  if (typeof v === "number" && v >= 0 && v <= 255) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" || typeof v === "bigint") {
    return raise(ValueError, "bytes value out of range");
  }
  return raise(TypeError, `can't convert ${typeOf(v).name} to int`);
}

/** The bytes for bytes(...)/bytearray(...) arguments. */
function constructData(args: PyValue[]): Uint8Array {
  if (args.length === 0) return new Uint8Array(0);
  const a = args[0];
  if (typeof a === "string") {
    if (args.length < 2) raise(TypeError, "string argument without an encoding");
    return encodeUtf8(a);
  }
  if (typeof a === "number") {
    if (a < 0) raise(ValueError);
    return new Uint8Array(a);
  }
  if (typeof a === "bigint") {
    return raise(OverflowError, "overflow converting long int to machine word");
  }
  const d = bufferData(a);
  if (d !== undefined) return d.slice();
  if (
    a === null || typeof a === "boolean" ||
    typeOf(a).getIter === undefined && typeOf(a).getItem === undefined
  ) {
    if (typeof a === "boolean") return new Uint8Array(a ? 1 : 0);
    return raise(TypeError, `object of type '${typeOf(a).name}' has no len()`);
  }
  const out: number[] = [];
  const it = getIter(a);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(byteValue(x));
  return Uint8Array.from(out);
}

function checkNoKw(kw: Kw): void {
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
}

const dataOf = (v: PyValue) => (v as PyBytes | PyByteArray).data;

function hex2(b: number): string {
  return (b < 16 ? "0" : "") + b.toString(16);
}

/** repr of bytes content: b'...' with MicroPython's escapes. */
export function bytesRepr(data: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 39) hasSingle = true;
    else if (data[i] === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? 34 : 39;
  let s = "b" + String.fromCharCode(q);
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === q || c === 92) s += "\\" + String.fromCharCode(c);
    else if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else if (c === 10) s += "\\n";
    else if (c === 13) s += "\\r";
    else if (c === 9) s += "\\t";
    else s += "\\x" + hex2(c);
  }
  return s + String.fromCharCode(q);
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  if (needle.length === 0) return 0;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function getItemImpl(self: PyValue, index: PyValue, name: string): PyValue {
  const d = dataOf(self);
  if (typeof index === "number" || typeof index === "boolean") {
    let i = typeof index === "boolean" ? (index ? 1 : 0) : index;
    if (i < 0) i += d.length;
    if (i >= 0 && i < d.length) return d[i];
    return raise(IndexError, `${name} index out of range`);
  }
  if (index instanceof PySlice) {
    if (index.step !== null && index.step !== 1) {
      raise(NotImplementedError, "only slices with step=1 (aka None) are supported");
    }
    const [start, stop] = sliceIndices(index, d.length);
    const part = d.slice(start, Math.max(start, stop));
    return self instanceof PyByteArray ? new PyByteArray(part) : new PyBytes(part);
  }
  if (typeof index === "bigint") return raise(IndexError, `${name} index out of range`);
  const il = intLike(index);
  if (il !== undefined) return getItemImpl(self, il, name);
  return raise(TypeError, `${name} indices must be integers, not ${typeOf(index).name}`);
}

function binaryOpImpl(op: number, self: PyValue, other: PyValue): PyValue | undefined {
  const a = dataOf(self);
  switch (op) {
    case BinaryOp.ADD:
    case BinaryOp.INPLACE_ADD: {
      const b = bufferData(other);
      if (b === undefined) return undefined;
      if (op === BinaryOp.INPLACE_ADD && self instanceof PyByteArray) {
        self.splice(a.length, a.length, b);
        return self;
      }
      const out = new Uint8Array(a.length + b.length);
      out.set(a);
      out.set(b, a.length);
      return self instanceof PyByteArray ? new PyByteArray(out) : new PyBytes(out);
    }
    case BinaryOp.MULTIPLY:
    case BinaryOp.REVERSE_MULTIPLY: {
      if (self instanceof PyByteArray) return undefined;
      const n = repeatCount(other);
      if (n === undefined) return undefined;
      checkRepeatSize(a.length, n, 1, 1);
      const out = new Uint8Array(a.length * n);
      if (out.length > 0) out.set(a);
      // Doubling copies: b'x' * 10_000_000 in 24 copies rather than ten million.
      for (let filled = a.length; filled < out.length; filled *= 2) {
        out.copyWithin(filled, 0, filled);
      }
      return new PyBytes(out);
    }
    case BinaryOp.MODULO:
      return self instanceof PyBytes ? bytesPercentHook.format(self, other) : undefined;
    case BinaryOp.CONTAINS: {
      if (typeof other === "number") return a.indexOf(other) >= 0;
      const b = typeof other === "string" ? encodeUtf8(other) : bufferData(other);
      if (b === undefined) return raise(TypeError, `can't convert ${typeOf(other).name} to int`);
      return indexOf(a, b) >= 0;
    }
  }
  const b = bufferData(other);
  if (
    b === undefined || !(other instanceof PyBytes || other instanceof PyByteArray ||
      typeOf(other).name === "memoryview")
  ) {
    return op === BinaryOp.EQUAL ? false : op === BinaryOp.NOT_EQUAL ? true : undefined;
  }
  const c = compareBytes(a, b);
  switch (op) {
    case BinaryOp.EQUAL:
      return c === 0;
    case BinaryOp.NOT_EQUAL:
      return c !== 0;
    case BinaryOp.LESS:
      return c < 0;
    case BinaryOp.MORE:
      return c > 0;
    case BinaryOp.LESS_EQUAL:
      return c <= 0;
    case BinaryOp.MORE_EQUAL:
      return c >= 0;
  }
  return undefined;
}

/** Iterator over the byte values of any byte buffer. */
class PyBytesIter extends PyObject {
  i = 0;
  constructor(public src: PyValue) {
    super(bytesIterType);
  }
}
const bytesIterType: PyType = defineType({
  name: "iterator",
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as PyBytesIter;
    const d = dataOf(it.src);
    return it.i < d.length ? d[it.i++] : undefined;
  },
});

const common = {
  len: (self: PyValue) => dataOf(self).length,
  unaryOp: (op: number, self: PyValue) => {
    if (op === UnaryOp.BOOL) return dataOf(self).length !== 0;
    if (op === UnaryOp.LEN) return dataOf(self).length;
    return undefined;
  },
  binaryOp: binaryOpImpl,
  getIter: (self: PyValue) => new PyBytesIter(self),
  buffer: (self: PyValue) => dataOf(self),
};

Object.assign(bytesType, common, {
  makeNew: (type: PyType, args: PyValue[], kw: Kw) => {
    checkNoKw(kw);
    if (args.length === 1 && args[0] instanceof PyBytes && type === bytesType) return args[0];
    return new PyBytes(constructData(args), type);
  },
  repr: (self: PyValue) => bytesRepr(dataOf(self)),
  hash: (self: PyValue) => bytesHash(dataOf(self)),
  getItem: (self: PyValue, index: PyValue) => getItemImpl(self, index, "bytes"),
});

Object.assign(bytearrayType, common, {
  makeNew: (type: PyType, args: PyValue[], kw: Kw) => {
    checkNoKw(kw);
    return new PyByteArray(constructData(args), type);
  },
  repr: (self: PyValue) => "bytearray(" + bytesRepr(dataOf(self)) + ")",
  hash: unhashable,
  getItem: (self: PyValue, index: PyValue) => getItemImpl(self, index, "bytearray"),
  setItem: (self: PyValue, index: PyValue, value: PyValue) => {
    const ba = self as PyByteArray;
    const d = ba.data;
    if (index instanceof PySlice) {
      if (index.step !== null && index.step !== 1) {
        raise(NotImplementedError, "only slices with step=1 (aka None) are supported");
      }
      const src = bufferData(value);
      if (src === undefined) raise(NotImplementedError, "array/bytes required on right side");
      const [start, stop] = sliceIndices(index, d.length);
      ba.splice(start, Math.max(start, stop), src!);
      return;
    }
    let i = typeof index === "number" ? index : intLike(index) ?? index;
    if (typeof i !== "number") {
      raise(TypeError, `bytearray indices must be integers, not ${typeOf(index).name}`);
    }
    i = i as number;
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) raise(IndexError, "bytearray index out of range");
    d[i] = byteSet(value);
  },
});

/** A value stored into a bytearray element: truncated to 8 bits as MicroPython does. */
export function byteSet(v: PyValue): number {
  if (typeof v === "number") return v & 0xff;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(BigInt.asUintN(8, v));
  return raise(TypeError, `can't convert ${typeOf(v).name} to int`);
}
