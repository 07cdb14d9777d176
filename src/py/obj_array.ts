// array.array (py/objarray.c): typed values in a growable byte buffer, so the buffer
// protocol (bytes(a), memoryview, struct.pack_into) sees the real bytes.
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { codeSize, readValue, writeValue } from "./binary.ts";
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";
import { PyByteArray, PyBytes } from "./obj_bytes.ts";
import { raise, TypeError } from "./obj_exception.ts";
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

export const arrayType: PyType = defineType({
  name: "array",
  makeNew: (_t, args) => {
    if (args.length < 1 || args.length > 2) {
      raise(TypeError, `function takes 2 positional arguments but ${args.length} were given`);
    }
    const code = args[0];
    if (typeof code !== "string" || code.length !== 1) return raise(TypeError, "bad typecode");
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
  unaryOp: (op, self) => {
    if (op === UnaryOp.BOOL) return asArray(self).length !== 0;
    if (op === UnaryOp.LEN) return asArray(self).length;
    return undefined;
  },
  binaryOp: (op, self, other) => {
    const a = asArray(self);
    switch (op) {
      case BinaryOp.ADD: {
        if (!(other instanceof PyArray)) return undefined;
        const r = fromBytes(a.typecode, a.bytes);
        extend(r, other);
        return r;
      }
      case BinaryOp.INPLACE_ADD:
        extend(a, other);
        return a;
      case BinaryOp.EQUAL: {
        if (!(other instanceof PyArray) || other.length !== a.length) return false;
        for (let i = 0; i < a.length; i++) if (!eq(a.get(i), other.get(i))) return false;
        return true;
      }
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
