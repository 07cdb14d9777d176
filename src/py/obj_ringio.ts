// micropython.RingIO: a byte ring buffer with a stream's read/readline/readinto/write
// (py/objringio.c over py/ringbuf.c). The ring holds one byte less than its storage: a new
// buffer of size+1 bytes, or a given writable buffer used in place.
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";
import { PyBytes } from "./obj_bytes.ts";
import { MemoryError, raise, TypeError, ValueError } from "./obj_exception.ts";
import { getInt, getSmallInt } from "./obj_int.ts";
import { writableBuffer } from "./obj_memoryview.ts";
import { bufferOf, encodeUtf8 } from "./obj_str.ts";
import { gcTotal } from "./mod_gc.ts";

// ringbuf_t's indices are uint16: its storage is at most 65535 bytes.
const MAX_STORAGE = 0xffff;
const MIN_STORAGE = 2;

class PyRingIO extends PyObject {
  /** Next byte to read and next to write; equal when empty. */
  head = 0;
  tail = 0;
  constructor(type: PyType, readonly buf: Uint8Array) {
    super(type);
  }

  any(): number {
    const n = this.tail - this.head;
    return n < 0 ? n + this.buf.length : n;
  }

  free(): number {
    return this.buf.length - 1 - this.any();
  }

  /** Up to `max` bytes out of the ring, stopping after a newline when `line`. */
  take(max: number, line: boolean): Uint8Array {
    const n = Math.min(max, this.any());
    const out = new Uint8Array(n);
    let got = 0;
    while (got < n) {
      const b = this.buf[this.head];
      this.head = (this.head + 1) % this.buf.length;
      out[got++] = b;
      if (line && b === 0x0a) break;
    }
    return out.subarray(0, got);
  }

  put(data: Uint8Array): number {
    const n = Math.min(data.length, this.free());
    for (let i = 0; i < n; i++) {
      this.buf[this.tail] = data[i];
      this.tail = (this.tail + 1) % this.buf.length;
    }
    return n;
  }
}

function asRing(v: PyValue): PyRingIO {
  if (v instanceof PyRingIO) return v;
  return raise(TypeError, "expected RingIO");
}

/** The storage a constructor argument gives: a writable buffer in place, else a size. */
function storageOf(arg: PyValue): Uint8Array {
  const own = arg instanceof PyObject && !(arg instanceof PyBytes) && arg.type.buffer !== undefined
    ? tryWritable(arg)
    : undefined;
  if (own !== undefined) return own;
  const size = getInt(arg);
  // size + 1 bytes as a size_t, as m_new sees it.
  const bytes = BigInt.asUintN(64, BigInt(size) + 1n);
  if (bytes > BigInt(gcTotal())) {
    raise(MemoryError, `memory allocation failed, allocating ${bytes} bytes`);
  }
  return new Uint8Array(Number(bytes));
}

function tryWritable(v: PyValue): Uint8Array | undefined {
  try {
    return writableBuffer(v);
  } catch {
    return undefined;
  }
}

/** Bytes a write takes: any object with the buffer protocol, str included. */
function readable(v: PyValue): Uint8Array {
  if (typeof v === "string") return encodeUtf8(v);
  return bufferOf(v) ?? raise(TypeError, "object with buffer protocol required");
}

/** A stream size argument: -1 (or absent) means everything available. */
function sizeArg(a: PyValue[], i: number, noneIsAll: boolean): number {
  if (a.length <= i || (noneIsAll && a[i] === null)) return Infinity;
  const n = getSmallInt(a[i]);
  return n < 0 ? Infinity : n;
}

/** write(buf[, max_len]) and write(buf, off, max_len) as py/stream.c takes them. */
function writeSlice(data: Uint8Array, a: PyValue[]): Uint8Array {
  if (a.length === 3) return data.subarray(0, sizeArg(a, 2, false));
  if (a.length === 4) {
    const off = Math.min(sizeArg(a, 2, false), data.length);
    return data.subarray(off, off + sizeArg(a, 3, false));
  }
  return data;
}

export const ringIOType: PyType = defineType({
  name: "RingIO",
  makeNew: (t, args, kw) => {
    if (kw !== undefined && kw.size > 0) {
      raise(TypeError, "function doesn't take keyword arguments");
    }
    if (args.length !== 1) {
      raise(TypeError, `function takes 1 positional arguments but ${args.length} were given`);
    }
    const buf = storageOf(args[0]);
    if (buf.length < MIN_STORAGE || buf.length > MAX_STORAGE) raise(ValueError);
    return new PyRingIO(t, buf);
  },
  repr: () => "<RingIO>",
  methods: [
    ["any", (a) => asRing(a[0]).any(), 1, 1],
    ["close", (a) => (asRing(a[0]), null), 1, 1],
    ["read", (a) => new PyBytes(asRing(a[0]).take(sizeArg(a, 1, false), false)), 1, 2],
    [
      "readinto",
      (a) => {
        const r = asRing(a[0]);
        const dest = writableBuffer(a[1]);
        // The count is a size_t: -1 asks for the whole buffer.
        const got = r.take(Math.min(dest.length, sizeArg(a, 2, false)), false);
        dest.set(got);
        return got.length;
      },
      2,
      3,
    ],
    ["readline", (a) => new PyBytes(asRing(a[0]).take(sizeArg(a, 1, true), true)), 1, 2],
    ["write", (a) => asRing(a[0]).put(writeSlice(readable(a[1]), a)), 2, 4],
  ],
});
