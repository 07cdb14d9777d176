// array.array (py/objarray.c): typed values in a growable byte buffer, so the buffer
// protocol (bytes(a), memoryview, struct.pack_into) sees the real bytes.
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { codeSize, readValue, writeValue } from "./binary.ts";
import { defineType, PyObject, type PyType, type PyValue, typeOf } from "./obj.ts";
import { PyByteArray, PyBytes } from "./obj_bytes.ts";
import { NotImplementedError, raise, TypeError, ValueError } from "./obj_exception.ts";
import { PyFloat } from "./obj_float.ts";
import { getInt } from "./obj_int.ts";
import { PyMemoryView } from "./obj_memoryview.ts";
import { fastSliceIndices, PySlice, seqIndex } from "./obj_slice.ts";
import { getIter, iterNext, repr } from "./runtime.ts";
import { bufferWithCode, compareBuffers } from "./buffer_compare.ts";

export class PyArray extends PyObject {
  buf: Uint8Array;
  view: DataView;
  length = 0;
  readonly itemSize: number;
  constructor(public typecode: string, capacity = 0) {
    super(arrayType);
    this.itemSize = codeSize(typecode);
    this.buf = new Uint8Array(Math.max(capacity, 1) * this.itemSize);
    this.view = new DataView(this.buf.buffer);
  }
  get bytes(): Uint8Array {
    return this.buf.subarray(0, this.length * this.itemSize);
  }
  get(i: number): PyValue {
    // py/binary.c's array accessors have no case for 'e' (only struct has): items read as 0
    if (this.typecode === "e") return 0;
    return readValue(this.view, i * this.itemSize, this.typecode, true);
  }
  set(i: number, v: PyValue): void {
    // ...and a store takes an int (mp_obj_get_int) but writes nothing
    if (this.typecode === "e") return void getInt(v);
    writeValue(this.view, i * this.itemSize, this.typecode, true, v);
  }
  push(v: PyValue): void {
    if ((this.length + 1) * this.itemSize > this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
      this.view = new DataView(nb.buffer);
    }
    // (the length grows only once the value has been stored: a bad value leaves no item)
    this.set(this.length, v);
    this.length++;
  }
  /** Takes `data` (whole items) as the array's new contents. */
  setBytes(data: Uint8Array): void {
    this.buf = data.length > 0 ? data : new Uint8Array(this.itemSize);
    this.view = new DataView(this.buf.buffer);
    this.length = data.length / this.itemSize;
  }
  items(): PyValue[] {
    const out: PyValue[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.get(i);
    return out;
  }
}

const asArray = (v: PyValue) => v as PyArray;

function fromBytes(code: string, data: Uint8Array): PyArray {
  const a = new PyArray(code, Math.ceil(data.length / codeSize(code)));
  a.buf.set(data);
  a.length = Math.floor(data.length / a.itemSize);
  return a;
}

/** Appends whole items: raw bytes from anything with the buffer protocol (an extension to
 * CPython), otherwise the values an iterable yields. */
function extend(a: PyArray, src: PyValue): void {
  const buf = bufferWithCode(src);
  if (buf !== undefined) {
    const n = Math.floor(buf[0].length / a.itemSize) * a.itemSize;
    const joined = new Uint8Array(a.bytes.length + n);
    joined.set(a.bytes);
    joined.set(buf[0].subarray(0, n), a.bytes.length);
    a.setBytes(joined);
    return;
  }
  const it = getIter(src);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) a.push(x);
}

/** Comparisons as MicroPython 1.27's array does them: == only asks objects whose type checks
 * other types (another array, a bytearray, a memoryview); the rest are simply unequal. */
function compareArray(op: number, a: PyArray, other: PyValue): boolean {
  const checksOther = other instanceof PyArray || other instanceof PyByteArray ||
    other instanceof PyMemoryView;
  if (op === BinaryOp.EQUAL && !checksOther) return false;
  return compareBuffers(op, a.bytes, a.typecode, other) ?? false;
}

/** `x in array`: a buffer is never found (only a bytearray searches bytes), and looking for a
 * number is not implemented. */
function contains(other: PyValue): boolean {
  if (bufferWithCode(other) !== undefined) return false;
  const isNumber = typeof other === "number" || typeof other === "bigint" ||
    other instanceof PyFloat;
  return isNumber ? raise(NotImplementedError) : false;
}

/** a[i:j] = src: src must be an array-like of the same item size, or bytes for a byte-sized
 * array; the lengths may differ. */
function assignSlice(a: PyArray, index: PySlice, value: PyValue): void {
  const [start, stop] = fastSliceIndices(index, a.length);
  let src: Uint8Array;
  if (value instanceof PyArray || value instanceof PyByteArray || value instanceof PyMemoryView) {
    const [data, code] = bufferWithCode(value)!;
    if (codeSize(code) !== a.itemSize) raise(ValueError, "lhs and rhs should be compatible");
    src = data.slice();
  } else if (value instanceof PyBytes) {
    if (a.itemSize !== 1) raise(ValueError, "lhs and rhs should be compatible");
    src = value.data.slice();
  } else {
    return raise(NotImplementedError, "array/bytes required on right side");
  }
  const size = a.itemSize;
  const tail = a.bytes.slice(stop * size);
  const joined = new Uint8Array(start * size + src.length + tail.length);
  joined.set(a.bytes.subarray(0, start * size));
  joined.set(src, start * size);
  joined.set(tail, start * size + src.length);
  a.setBytes(joined);
}

function checkTypecode(v: PyValue): string {
  if (typeof v === "string") return v[0] ?? "";
  if (v instanceof PyBytes) return String.fromCharCode(v.data[0] ?? 0);
  return raise(TypeError, `can't convert '${typeOf(v).name}' object to str implicitly`);
}

export const arrayType: PyType = defineType({
  name: "array",
  makeNew: (_t, args) => {
    if (args.length < 1) raise(TypeError, "function missing 1 required positional arguments");
    if (args.length > 2) {
      raise(TypeError, `function expected at most 2 arguments, got ${args.length}`);
    }
    // only the first char of the typecode counts ('ii' is 'i')
    const code = checkTypecode(args[0]);
    codeSize(code);
    if (args.length === 1) return new PyArray(code);
    const init = args[1];
    // raw bytes only from bytes and bytearray; anything else (arrays too) by iteration
    if (init instanceof PyBytes || init instanceof PyByteArray) return fromBytes(code, init.data);
    const a = new PyArray(code);
    const it = getIter(init);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) a.push(x);
    return a;
  },
  repr: (self) => {
    const a = asArray(self);
    if (a.length === 0) return `array('${a.typecode}')`;
    return `array('${a.typecode}', [${a.items().map((v) => repr(v)).join(", ")}])`;
  },
  len: (self) => asArray(self).length,
  hash: (self) => raise(TypeError, `unsupported type for __hash__: '${typeOf(self).name}'`),
  unaryOp: (op, self) => {
    if (op === UnaryOp.BOOL) return asArray(self).length !== 0;
    if (op === UnaryOp.LEN) return asArray(self).length;
    return undefined;
  },
  binaryOp: (op, self, other) => {
    const a = asArray(self);
    switch (op) {
      case BinaryOp.ADD: {
        // the other operand's raw bytes are appended (a str's UTF-8 too)
        const data = bufferWithCode(other)?.[0];
        if (data === undefined) return raise(TypeError, "object with buffer protocol required");
        const joined = new Uint8Array(a.bytes.length + data.length);
        joined.set(a.bytes);
        joined.set(data, a.bytes.length);
        return fromBytes(a.typecode, joined);
      }
      case BinaryOp.INPLACE_ADD:
        extend(a, other);
        return a;
      case BinaryOp.EQUAL:
      case BinaryOp.LESS:
      case BinaryOp.LESS_EQUAL:
      case BinaryOp.MORE:
      case BinaryOp.MORE_EQUAL:
        return compareArray(op, a, other);
      case BinaryOp.CONTAINS:
        return contains(other);
    }
    return undefined;
  },
  getItem: (self, index) => {
    const a = asArray(self);
    if (index instanceof PySlice) {
      const [start, stop] = fastSliceIndices(index, a.length);
      return fromBytes(a.typecode, a.bytes.slice(start * a.itemSize, stop * a.itemSize));
    }
    return a.get(seqIndex(index, a.length, "array"));
  },
  setItem: (self, index, value) => {
    const a = asArray(self);
    if (index instanceof PySlice) return assignSlice(a, index, value);
    a.set(seqIndex(index, a.length, "array"), value);
  },
  getIter: (self) => new PyArrayIter(asArray(self)),
  buffer: (self) => asArray(self).bytes,
  methods: [
    ["append", (a) => (asArray(a[0]).push(a[1]), null), 2, 2],
    ["extend", (a) => (extend(asArray(a[0]), a[1]), null), 2, 2],
  ],
});

/** Iterates live, as MicroPython's: items appended meanwhile are seen, removed ones are not. */
class PyArrayIter extends PyObject {
  cur = 0;
  constructor(public array: PyArray) {
    super(arrayIterType);
  }
}

const arrayIterType: PyType = defineType({
  name: "iterator",
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as PyArrayIter;
    return it.cur < it.array.length ? it.array.get(it.cur++) : undefined;
  },
});

export function makeArrayModule(): [string, PyValue][] {
  return [["array", arrayType]];
}
