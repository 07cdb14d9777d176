// array.array (py/objarray.c): typed values in a growable byte buffer, so the buffer
// protocol (bytes(a), memoryview, struct.pack_into) sees the real bytes.
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { codeSize, readValue, writeValue } from "./binary.ts";
import { defineType, PyObject, type PyType, type PyValue, typeOf } from "./obj.ts";
import { PyByteArray, PyBytes } from "./obj_bytes.ts";
import { NotImplementedError, raise, TypeError, ValueError } from "./obj_exception.ts";
import { PySlice, seqIndex, sliceIndices } from "./obj_slice.ts";
import { eq, getIter, iterNext, repr, toArray } from "./runtime.ts";
import { PySeqIter } from "./seq.ts";

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
    return readValue(this.view, i * this.itemSize, this.typecode, true);
  }
  set(i: number, v: PyValue): void {
    writeValue(this.view, i * this.itemSize, this.typecode, true, v);
  }
  push(v: PyValue): void {
    if ((this.length + 1) * this.itemSize > this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
      this.view = new DataView(nb.buffer);
    }
    this.set(this.length++, v);
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

function extend(a: PyArray, src: PyValue): void {
  if (src instanceof PyArray) {
    for (const v of src.items()) a.push(v);
    return;
  }
  const it = getIter(src);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) a.push(x);
}

const isByteCode = (c: string) => c === "b" || c === "B";

/** Comparisons as MicroPython 1.27's array does them: byte arrays order against any buffer by
 * their bytes; otherwise only == between arrays (or a bytearray) of the same typecode works,
 * and anything else raises a bare NotImplementedError. */
function compareArray(op: number, a: PyArray, other: PyValue): boolean {
  let code: string | undefined;
  let data: Uint8Array | undefined;
  if (other instanceof PyArray) [code, data] = [other.typecode, other.bytes];
  else if (other instanceof PyByteArray) [code, data] = ["B", other.data];
  if (op === BinaryOp.EQUAL) {
    if (code === undefined || data === undefined) return false;
    if (code !== a.typecode) raise(NotImplementedError);
    return compareBytes(a.bytes, data) === 0;
  }
  const bytes = typeOf(other).buffer?.(other, false);
  if (!isByteCode(a.typecode) || bytes === undefined || (code !== undefined && !isByteCode(code))) {
    return raise(NotImplementedError);
  }
  const c = compareBytes(a.bytes, bytes);
  switch (op) {
    case BinaryOp.LESS:
      return c < 0;
    case BinaryOp.LESS_EQUAL:
      return c <= 0;
    case BinaryOp.MORE:
      return c > 0;
    default:
      return c >= 0;
  }
}

function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

export const arrayType: PyType = defineType({
  name: "array",
  makeNew: (_t, args) => {
    if (args.length < 1 || args.length > 2) {
      raise(TypeError, `function takes 2 positional arguments but ${args.length} were given`);
    }
    // only the first char of the typecode counts ('ii' is 'i')
    const code = typeof args[0] === "string" ? args[0][0] : undefined;
    if (code === undefined) return raise(ValueError, "bad typecode");
    codeSize(code);
    if (args.length === 1) return new PyArray(code);
    const init = args[1];
    if (init instanceof PyBytes || init instanceof PyByteArray) return fromBytes(code, init.data);
    const a = new PyArray(code);
    extend(a, init);
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
        // the other operand's raw bytes are appended (a trailing part item is dropped)
        const data = typeOf(other).buffer?.(other, false);
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
        return a.items().some((v) => eq(v, other));
    }
    return undefined;
  },
  getItem: (self, index) => {
    const a = asArray(self);
    if (index instanceof PySlice) {
      const [start, , step, count] = sliceIndices(index, a.length);
      const r = new PyArray(a.typecode, count);
      for (let i = 0, j = start; i < count; i++, j += step) r.push(a.get(j));
      return r;
    }
    return a.get(seqIndex(index, a.length, "array"));
  },
  setItem: (self, index, value) => {
    const a = asArray(self);
    if (index instanceof PySlice) {
      const [start, , step, count] = sliceIndices(index, a.length);
      const src = value instanceof PyArray ? value.items() : toArray(value);
      if (src.length !== count) raise(TypeError, "array size mismatch");
      for (let i = 0, j = start; i < count; i++, j += step) a.set(j, src[i]);
      return;
    }
    a.set(seqIndex(index, a.length, "array"), value);
  },
  getIter: (self) => new PySeqIter({ items: asArray(self).items() }),
  buffer: (self) => asArray(self).bytes,
  methods: [
    ["append", (a) => (asArray(a[0]).push(a[1]), null), 2, 2],
    ["extend", (a) => (extend(asArray(a[0]), a[1]), null), 2, 2],
  ],
});

export function makeArrayModule(): [string, PyValue][] {
  return [["array", arrayType]];
}
