// memoryview (py/objarray.c): a window onto another object's buffer, sliced without copying.
// Items are bytes for bytes/bytearray and typed values for array.array.
import { UnaryOp } from "./bytecode.ts";
import { codeSize, readValue, writeValue } from "./binary.ts";
import { defineType, type Kw, PyObject, type PyType, type PyValue, typeOf } from "./obj.ts";
import {
  IndexError,
  NotImplementedError,
  OverflowError,
  raise,
  TypeError,
  ValueError,
} from "./obj_exception.ts";
import { fastSliceIndices, PySlice } from "./obj_slice.ts";
import { arrayBinaryOp, PyByteArray, PyBytes } from "./obj_bytes.ts";
import { PyArray } from "./obj_array.ts";
import { hexMethod } from "./bytes_methods.ts";
import { encodeUtf8 } from "./str_utf8.ts";

export class PyMemoryView extends PyObject {
  constructor(
    /** The object whose buffer is viewed. */
    public src: PyValue,
    /** First item and number of items in view. */
    public start: number,
    public count: number,
    public typecode: string,
    public itemSize: number,
  ) {
    super(memoryviewType);
  }
  /** The source buffer now (a bytearray or array may have been reallocated). */
  whole(): Uint8Array {
    return typeOf(this.src).buffer!(this.src, false)!;
  }
  bytes(): Uint8Array {
    const s = this.start * this.itemSize;
    return this.whole().subarray(s, s + this.count * this.itemSize);
  }
  get(i: number): PyValue {
    if (this.itemSize === 1 && this.typecode === "B") return this.whole()[this.start + i];
    const b = this.bytes();
    return readValue(
      new DataView(b.buffer, b.byteOffset, b.byteLength),
      i * this.itemSize,
      this.typecode,
      true,
    );
  }
  writable(): boolean {
    return !(this.src instanceof PyBytes);
  }
}

const mv = (v: PyValue) => v as PyMemoryView;

function checkIndex(m: PyMemoryView, index: PyValue): number {
  let i = typeof index === "boolean" ? +index : index;
  if (typeof i !== "number") {
    return raise(TypeError, `memoryview indices must be integers, not ${typeOf(index).name}`);
  }
  if (i < 0) i += m.count;
  if (i < 0 || i >= m.count) raise(IndexError, "memoryview index out of range");
  return i;
}

const MEMVIEW_OFFSET_MAX = 0xffffff;

function sliceRange(m: PyMemoryView, s: PySlice): [number, number] {
  return fastSliceIndices(s, m.count);
}

export const memoryviewType: PyType = defineType({
  name: "memoryview",
  makeNew: (_t: PyType, args: PyValue[], kw: Kw) => {
    if (kw !== undefined && kw.size > 0) {
      raise(TypeError, "function doesn't take keyword arguments");
    }
    if (args.length !== 1) {
      raise(TypeError, `function takes 1 positional arguments but ${args.length} were given`);
    }
    // a str lends its UTF-8 bytes, read-only, as a bytes object does
    const src = typeof args[0] === "string" ? new PyBytes(encodeUtf8(args[0])) : args[0];
    const t = typeOf(src);
    const data = t.buffer?.(src, false);
    if (data === undefined) return raise(TypeError, "object with buffer protocol required");
    if (src instanceof PyMemoryView) {
      return new PyMemoryView(src.src, src.start, src.count, src.typecode, src.itemSize);
    }
    const code = src instanceof PyArray ? src.typecode : "B";
    const size = src instanceof PyArray ? codeSize(code) : 1;
    return new PyMemoryView(src, 0, Math.floor(data.length / size), code, size);
  },
  repr: () => "<memoryview>",
  len: (self) => mv(self).count,
  hash: (self) => raise(TypeError, `unsupported type for __hash__: '${typeOf(self).name}'`),
  unaryOp: (op, self) => {
    if (op === UnaryOp.BOOL) return mv(self).count !== 0;
    if (op === UnaryOp.LEN) return mv(self).count;
    return undefined;
  },
  binaryOp: (op, self, other) => {
    const m = mv(self);
    return arrayBinaryOp(op, m.bytes(), false, other, m.typecode);
  },
  getItem: (self, index) => {
    const m = mv(self);
    if (index instanceof PySlice) {
      const [s, e] = sliceRange(m, index);
      // the view's offset is a 24-bit field on a 32-bit build (objarray.c memview_offset)
      if (s > MEMVIEW_OFFSET_MAX) raise(OverflowError, "memoryview offset too large");
      return new PyMemoryView(m.src, m.start + s, e - s, m.typecode, m.itemSize);
    }
    return m.get(checkIndex(m, index));
  },
  setItem: (self, index, value) => {
    const m = mv(self);
    if (!m.writable()) raise(TypeError, "'memoryview' object doesn't support item assignment");
    if (index instanceof PySlice) {
      const [s, e] = sliceRange(m, index);
      // as py/objarray.c: an array-like of the same item size and length (a view can't grow)
      const src = typeOf(value).buffer?.(value, false);
      const itemSize = value instanceof PyBytes || value instanceof PyByteArray
        ? 1
        : value instanceof PyArray || value instanceof PyMemoryView
        ? value.itemSize
        : 0;
      if (src === undefined || itemSize === 0) {
        return raise(NotImplementedError, "array/bytes required on right side");
      }
      if (itemSize !== m.itemSize || src.length !== (e - s) * m.itemSize) {
        raise(ValueError, "lhs and rhs should be compatible");
      }
      m.bytes().set(src.slice(), s * m.itemSize);
      return;
    }
    const i = checkIndex(m, index);
    const b = m.bytes();
    if (m.typecode === "B" && m.itemSize === 1) {
      if (typeof value !== "number") raise(TypeError, `can't convert ${typeOf(value).name} to int`);
      b[i] = (value as number) & 0xff;
      return;
    }
    writeValue(
      new DataView(b.buffer, b.byteOffset, b.byteLength),
      i * m.itemSize,
      m.typecode,
      true,
      value,
    );
  },
  getIter: (self) => new PyMemoryViewIter(mv(self)),
  buffer: (self) => mv(self).bytes(),
  methods: [["hex", hexMethod, 1, 2]],
});

class PyMemoryViewIter extends PyObject {
  i = 0;
  constructor(public m: PyMemoryView) {
    super(memoryviewIterType);
  }
}
const memoryviewIterType: PyType = defineType({
  name: "iterator",
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as PyMemoryViewIter;
    return it.i < it.m.count ? it.m.get(it.i++) : undefined;
  },
});

void PyByteArray;

/** mp_get_buffer_raise with MP_BUFFER_WRITE: the bytes a call may write into (bytearray,
 * array, writable memoryview); bytes, str and read-only views are refused. */
export function writableBuffer(v: PyValue): Uint8Array {
  const readonly = typeof v === "string" || v instanceof PyBytes ||
    (v instanceof PyMemoryView && !v.writable());
  let data: Uint8Array | undefined;
  if (v instanceof PyByteArray) data = v.data;
  else if (!readonly && v instanceof PyObject) data = v.type.buffer?.(v, true);
  return data ?? raise(TypeError, "object with buffer protocol required");
}
