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
  MemoryError,
  NotImplementedError,
  OverflowError,
  raise,
  TypeError,
  ValueError,
} from "./obj_exception.ts";
import { unhashable } from "./obj_dict.ts";
import { encodeUtf8 } from "./str_utf8.ts";
import { compareBuffers, compareBytes, compareResult } from "./buffer_compare.ts";
import { UNIMPL_KW } from "./obj_str.ts";
import { fastSliceIndices, PySlice, wordIndex } from "./obj_slice.ts";
import { checkRepeatSize, repeatCount } from "./seq.ts";
import { noteLargeAlloc } from "./heap.ts";
import { bytesHash, eq, getIter, identityHash, iterNext } from "./runtime.ts";

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

/** A small int of the 32-bit reference build (31 bits): bytes(n) takes only those. */
const isSmallInt = (v: PyValue): v is number =>
  typeof v === "number" && v >= -0x40000000 && v < 0x40000000;

/** `n` zero bytes; a negative count is a huge size_t there, so the heap runs out. */
function zeros(n: number): Uint8Array {
  if (n < 0 || n > 1 << 28) {
    raise(MemoryError, `memory allocation failed, allocating ${n >>> 0} bytes`);
  }
  noteLargeAlloc(n);
  return new Uint8Array(n);
}

/** The bytes for bytes(...) arguments (py/objstr.c bytes_make_new). */
function bytesData(args: PyValue[]): Uint8Array {
  if (args.length === 0) return new Uint8Array(0);
  const a = args[0];
  if (typeof a === "string") {
    if (args.length < 2 || args.length > 3) {
      raise(TypeError, "string argument without an encoding");
    }
    return encodeUtf8(a);
  }
  // bytes with an encoding is copied as a str would be encoded
  if (a instanceof PyBytes) return a.data.slice();
  if (args.length > 1) raise(TypeError, "wrong number of arguments");
  if (isSmallInt(a)) {
    if (a < 0) raise(ValueError);
    return zeros(a);
  }
  const d = bufferData(a);
  if (d !== undefined) return d.slice();
  const out: number[] = [];
  const it = getIter(a);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(byteValue(x));
  return Uint8Array.from(out);
}

/** The bytes for bytearray(...) arguments (py/objarray.c): an int is a size, anything else
 * is read as a buffer (str included) or iterated, items truncated to 8 bits. */
function bytearrayData(args: PyValue[]): Uint8Array {
  if (args.length > 3) {
    raise(TypeError, `function expected at most 3 arguments, got ${args.length}`);
  }
  if (args.length === 0) return new Uint8Array(0);
  const a = args[0];
  if (typeof a === "number" && a >= -0x80000000 && a <= 0x7fffffff) return zeros(a);
  if (typeof a === "number" || typeof a === "bigint") {
    return raise(OverflowError, "overflow converting long int to machine word");
  }
  if (typeof a === "string" && args.length < 2) {
    raise(TypeError, "string argument without an encoding");
  }
  const d = readBuffer(a);
  if (d !== undefined) return d.slice();
  const out: number[] = [];
  const it = getIter(a);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(byteSet(x));
  return Uint8Array.from(out);
}

/** What a read-only buffer request (mp_get_buffer) sees: a str gives its UTF-8 bytes. */
export function readBuffer(v: PyValue): Uint8Array | undefined {
  return typeof v === "string" ? encodeUtf8(v) : bufferData(v);
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

function getItemImpl(self: PyValue, index: PyValue, name: string): PyValue {
  const d = dataOf(self);
  if (typeof index === "number" || typeof index === "boolean") {
    let i = typeof index === "boolean" ? (index ? 1 : 0) : index;
    if (i < 0) i += d.length;
    if (i >= 0 && i < d.length) return d[i];
    if (typeof index === "number") wordIndex(index);
    return raise(IndexError, `${name} index out of range`);
  }
  if (index instanceof PySlice) {
    const part = d.slice(...fastSliceIndices(index, d.length));
    return self instanceof PyByteArray ? new PyByteArray(part) : new PyBytes(part);
  }
  if (typeof index === "bigint") return wordIndex(index);
  const il = intLike(index);
  if (il !== undefined) return getItemImpl(self, il, name);
  return raise(TypeError, `${name} indices must be integers, not ${typeOf(index).name}`);
}

/** Comparisons and `in` of a bytearray or memoryview (py/objarray.c array_binary_op): a buffer
 * of a matching typecode compares by bytes (str too, see buffer_compare.ts), anything else is
 * simply unequal and unordered; only a bytearray searches for a sub-buffer, and a number is
 * NotImplementedError. */
export function arrayBinaryOp(
  op: number,
  a: Uint8Array,
  isBytearray: boolean,
  other: PyValue,
  typecode = "B",
): PyValue | undefined {
  if (op === BinaryOp.CONTAINS) {
    const b = readBuffer(other);
    // (an empty bytearray holds nothing, not even b'')
    if (b !== undefined) return isBytearray && a.length > 0 && indexOf(a, b) >= 0;
    if (typeof other === "number" || typeof other === "bigint" || typeOf(other).name === "float") {
      raise(NotImplementedError);
    }
    return false;
  }
  if (op < BinaryOp.LESS || op > BinaryOp.NOT_EQUAL) return undefined;
  return compareBuffers(op, a, typecode, other) ?? op === BinaryOp.NOT_EQUAL;
}

/** `other in bytes`: a small int is a byte value, a buffer a substring; anything else is
 * compared with each byte, as the generic `in` does (so 97.0 in b'a'). */
function bytesContain(a: Uint8Array, other: PyValue): boolean {
  if (typeof other === "number" && Number.isInteger(other)) return a.indexOf(other) >= 0;
  const b = readBuffer(other);
  if (b !== undefined) return indexOf(a, b) >= 0;
  for (const x of a) if (eq(x, other)) return true;
  return false;
}

function bytesBinaryOp(op: number, self: PyValue, other: PyValue): PyValue | undefined {
  const a = dataOf(self);
  switch (op) {
    case BinaryOp.ADD:
    case BinaryOp.INPLACE_ADD: {
      const b = readBuffer(other);
      if (b === undefined) return undefined;
      const out = new Uint8Array(a.length + b.length);
      out.set(a);
      out.set(b, a.length);
      return new PyBytes(out);
    }
    case BinaryOp.MULTIPLY:
    case BinaryOp.REVERSE_MULTIPLY: {
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
      return bytesPercentHook.format(self as PyBytes, other);
    case BinaryOp.CONTAINS:
      return bytesContain(a, other);
  }
  // py/objstr.c: bytes order against any buffer (a str's UTF-8 too) but equal only bytes;
  // a bytearray or memoryview answers == itself (its type checks other types).
  const equality = op === BinaryOp.EQUAL || op === BinaryOp.NOT_EQUAL;
  if (equality && (other instanceof PyByteArray || typeOf(other).name === "memoryview")) {
    return undefined;
  }
  const b = equality && !(other instanceof PyBytes) ? undefined : readBuffer(other);
  if (b === undefined) return equality ? op === BinaryOp.NOT_EQUAL : undefined;
  return compareResult(op, compareBytes(a, b));
}

function bytearrayBinaryOp(op: number, self: PyValue, other: PyValue): PyValue | undefined {
  const ba = self as PyByteArray;
  const a = ba.data;
  switch (op) {
    case BinaryOp.ADD: {
      const b = readBuffer(other) ?? raise(TypeError, "object with buffer protocol required");
      const out = new Uint8Array(a.length + b.length);
      out.set(a);
      out.set(b, a.length);
      return new PyByteArray(out);
    }
    case BinaryOp.INPLACE_ADD:
      // array_extend: a buffer's bytes, or any iterable's items
      extendByteArray(ba, other);
      return ba;
    case BinaryOp.CONTAINS:
      // An empty one that once held bytes still has a buffer and finds b'' (one created empty
      // has none in MicroPython, and finds nothing).
      if (a.length === 0 && ba.buf.length > 0 && readBuffer(other)?.length === 0) return true;
  }
  return arrayBinaryOp(op, a, true, other);
}

/** bytearray.extend and +=: a buffer's bytes (str included), else the items of an iterable,
 * each truncated to 8 bits. */
export function extendByteArray(ba: PyByteArray, v: PyValue): void {
  const d = readBuffer(v);
  if (d !== undefined) ba.splice(ba.data.length, ba.data.length, d);
  else {
    const it = getIter(v);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) ba.push(byteSet(x));
  }
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
  getIter: (self: PyValue) => new PyBytesIter(self),
  buffer: (self: PyValue) => dataOf(self),
};

/** An instance of a bytes subclass: MicroPython's str/bytes fast paths (len, truth, hash) take
 * only exact bytes, and the bytes type has no slots for them, so such an instance has no len(),
 * is always true and hashes by identity. */
const bytesSubclassed = (self: PyValue) => (self as PyObject).type !== bytesType;

Object.assign(bytesType, common, {
  makeNew: (type: PyType, args: PyValue[], kw: Kw) => {
    if (kw !== undefined && kw.size > 0) raise(NotImplementedError, UNIMPL_KW);
    const only = args.length === 1 ? args[0] : undefined;
    if (only instanceof PyBytes && only.type === bytesType && type === bytesType) return only;
    return new PyBytes(bytesData(args), type);
  },
  len: (self: PyValue) =>
    bytesSubclassed(self)
      ? raise(TypeError, `object of type '${(self as PyObject).type.name}' has no len()`)
      : dataOf(self).length,
  unaryOp: (op: number, self: PyValue) => {
    if (bytesSubclassed(self)) return op === UnaryOp.BOOL ? true : undefined;
    return common.unaryOp(op, self);
  },
  repr: (self: PyValue) => bytesRepr(dataOf(self)),
  binaryOp: bytesBinaryOp,
  hash: (self: PyValue) =>
    bytesSubclassed(self) ? identityHash(self as PyObject) : bytesHash(dataOf(self)),
  getItem: (self: PyValue, index: PyValue) => getItemImpl(self, index, "bytes"),
});

Object.assign(bytearrayType, common, {
  makeNew: (type: PyType, args: PyValue[], kw: Kw) => {
    checkNoKw(kw);
    return new PyByteArray(bytearrayData(args), type);
  },
  repr: (self: PyValue) => "bytearray(" + bytesRepr(dataOf(self)) + ")",
  binaryOp: bytearrayBinaryOp,
  hash: unhashable,
  getItem: (self: PyValue, index: PyValue) => getItemImpl(self, index, "bytearray"),
  setItem: (self: PyValue, index: PyValue, value: PyValue) => {
    const ba = self as PyByteArray;
    const d = ba.data;
    if (index instanceof PySlice) {
      const [start, stop] = fastSliceIndices(index, d.length);
      const src = bufferData(value);
      if (src === undefined) raise(NotImplementedError, "array/bytes required on right side");
      // an array or memoryview of wider items doesn't fit bytes (py/objarray.c)
      const itemSize = (value as { itemSize?: number }).itemSize;
      if (itemSize !== undefined && itemSize !== 1) {
        raise(ValueError, "lhs and rhs should be compatible");
      }
      ba.splice(start, stop, src!);
      return;
    }
    let i = typeof index === "number" ? index : intLike(index) ?? index;
    if (typeof i === "bigint") i = wordIndex(i);
    if (typeof i !== "number") {
      raise(TypeError, `bytearray indices must be integers, not ${typeOf(index).name}`);
    }
    i = wordIndex(i as number);
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
