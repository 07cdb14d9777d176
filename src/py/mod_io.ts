// io: in-memory streams StringIO and BytesIO (py/objstringio.c).
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";
import { PyByteArray, PyBytes } from "./obj_bytes.ts";
import { MemoryError, OSError, raise, TypeError, ValueError } from "./obj_exception.ts";
import { getInt, wordInt } from "./obj_int.ts";
import { writableBuffer } from "./obj_memoryview.ts";
import { identityHash } from "./runtime.ts";
import { bufferOf, decodeUtf8, encodeUtf8 } from "./obj_str.ts";
import { ioBaseType } from "./stream.ts";
import { openBuiltins } from "./builtins_open.ts";

/** Both stream kinds keep bytes; StringIO converts at the edges (MicroPython does the
 * same: a StringIO is a byte buffer holding UTF-8). */
class PyStringIO extends PyObject {
  buf: Uint8Array;
  size: number;
  pos = 0;
  closed = false;
  constructor(type: PyType, initial: Uint8Array) {
    super(type);
    this.buf = initial.slice();
    this.size = initial.length;
  }
  write(data: Uint8Array): number {
    this.check();
    const end = this.pos + data.length;
    if (end > this.buf.length) {
      const nb = new Uint8Array(Math.max(end, this.buf.length * 2, 16));
      nb.set(this.buf.subarray(0, this.size));
      this.buf = nb;
    }
    this.buf.set(data, this.pos);
    this.pos = end;
    if (end > this.size) this.size = end;
    return data.length;
  }
  read(n: number): Uint8Array {
    this.check();
    const end = n < 0 ? this.size : Math.min(this.size, this.pos + n);
    const out = this.buf.slice(Math.min(this.pos, this.size), end);
    this.pos = Math.max(this.pos, end);
    return out;
  }
  /** Read n characters of UTF-8 text the way py/stream.c does: n bytes at a time, then as
   * many more as the partial characters seen so far need (never over-reading). */
  readChars(n: number): Uint8Array {
    if (n < 0) return this.read(-1);
    const parts: number[] = [];
    let more = n;
    let last = 0;
    while (more > 0) {
      const chunk = this.read(more);
      for (const b of chunk) parts.push(b);
      if (chunk.length === 0) break;
      for (let off = last;;) {
        const b = parts[off];
        const w = b < 0x80
          ? 1
          : (b & 0xe0) === 0xc0
          ? 2
          : (b & 0xf0) === 0xe0
          ? 3
          : (b & 0xf8) === 0xf0
          ? 4
          : 5;
        if (off + w <= parts.length) {
          off += w;
          n--;
          last = off;
          if (off >= parts.length) {
            more = n;
            break;
          }
        } else {
          more = off + w - parts.length + n - 1;
          break;
        }
      }
    }
    return Uint8Array.from(parts);
  }
  readline(max = -1): Uint8Array {
    this.check();
    let end = this.pos;
    const limit = max < 0 ? this.size : Math.min(this.size, this.pos + max);
    while (end < limit && this.buf[end] !== 10) end++;
    if (end < limit) end++;
    const out = this.buf.slice(Math.min(this.pos, this.size), end);
    this.pos = Math.max(this.pos, end);
    return out;
  }
  value(): Uint8Array {
    this.check();
    return this.buf.slice(0, this.size);
  }
  check(): void {
    if (this.closed) raise(ValueError, "I/O operation on closed file");
  }
}

const asIO = (v: PyValue) => v as PyStringIO;

/** write(buf[, max_len]) or write(buf, off, max_len) (py/stream.c stream_write_method). */
function writeSlice(data: Uint8Array, a: PyValue[]): Uint8Array {
  if (a.length < 3) return data;
  const word = (v: PyValue) => Number(BigInt.asUintN(64, BigInt(getInt(v))));
  const off = a.length > 3 ? Math.min(word(a[2]), data.length) : 0;
  const max = word(a[a.length - 1]);
  return data.subarray(off, off + Math.min(data.length - off, max));
}

/** The largest initial allocation granted before the reference heap runs out. */
const MAX_ALLOCATION = 1 << 28;

/** StringIO(n)/BytesIO(n): n bytes are allocated up front (a negative n is a huge size_t). */
function allocationHint(v: number | bigint): void {
  const n = wordInt(v);
  if (n < 0 || n > MAX_ALLOCATION) {
    raise(MemoryError, `memory allocation failed, allocating ${n >>> 0} bytes`);
  }
}

/** readline's limit is read with MP_OBJ_SMALL_INT_VALUE, unchecked: only a small int means a
 * size (-1 none; other negatives are a huge allocation); any other object's bits read as a
 * size too large to matter. */
function lineLimit(a: PyValue[]): number {
  const v = a.length > 1 ? a[1] : -1;
  if (typeof v !== "number" || v < -0x40000000 || v >= 0x40000000) return -1;
  if (v < -1 || v > MAX_ALLOCATION) {
    raise(MemoryError, `memory allocation failed, allocating ${v >>> 0} bytes`);
  }
  return v;
}

function makeStreamType(name: string, text: boolean): PyType {
  // Text streams hold UTF-8 and validate it on the way out (UnicodeError), as MicroPython.
  const out = (b: Uint8Array): PyValue => text ? decodeUtf8(b) : new PyBytes(b);
  // Both kinds accept any buffer (str included) on the way in.
  const inp = (v: PyValue): Uint8Array => {
    if (typeof v === "string") return encodeUtf8(v);
    if (v instanceof PyBytes || v instanceof PyByteArray) return v.data;
    const data = bufferOf(v);
    if (data !== undefined) return data;
    return raise(TypeError, "object with buffer protocol required");
  };
  const sizeArg = (a: PyValue[]): number => a.length > 1 ? wordInt(a[1]) : -1;
  return defineType({
    name,
    makeNew: (t, args) => {
      // An int argument is only an allocation size (an empty stream), taken as a size_t.
      const hint = args[0];
      if (typeof hint === "number" || typeof hint === "bigint") allocationHint(hint);
      const init = args.length === 0 || typeof hint === "number" || typeof hint === "bigint"
        ? undefined
        : hint;
      return new PyStringIO(t, init === undefined ? new Uint8Array() : inp(init));
    },
    repr: (self) => `<io.${name} 0x${identityHash(self as PyObject).toString(16)}>`,
    getIter: (self) => self,
    iterNext: (self) => {
      const line = asIO(self).readline();
      return line.length === 0 ? undefined : out(line);
    },
    methods: [
      ["write", (a) => asIO(a[0]).write(writeSlice(inp(a[1]), a)), 2, 4],
      [
        "readinto",
        (a) => {
          const dest = writableBuffer(a[1]);
          // (the limit is read as an unsigned word: -1 means no limit, 2**32 nothing)
          const limit = a.length > 2 ? Number(BigInt.asUintN(32, BigInt(getInt(a[2])))) : Infinity;
          const n = Math.min(limit, dest.length);
          const got = asIO(a[0]).read(Math.max(n, 0));
          dest.set(got);
          return got.length;
        },
        2,
        3,
      ],
      [
        "read",
        (a) => {
          const s = asIO(a[0]);
          s.check();
          return out(text ? s.readChars(sizeArg(a)) : s.read(sizeArg(a)));
        },
        1,
        2,
      ],
      ["readline", (a) => out(asIO(a[0]).readline(lineLimit(a))), 1, 2],
      ["getvalue", (a) => out(asIO(a[0]).value()), 1, 1],
      [
        "seek",
        (a) => {
          const s = asIO(a[0]);
          // (offset first: both go through mp_obj_get_int)
          const offset = wordInt(a[1]);
          const whence = a.length > 2 ? wordInt(a[2]) : 0;
          const base = whence === 1 ? s.pos : whence === 2 ? s.size : 0;
          const p = base + offset;
          if (p < 0) raise(OSError, 22);
          s.pos = p;
          return p;
        },
        2,
        3,
      ],
      ["tell", (a) => asIO(a[0]).pos, 1, 1],
      ["flush", () => null, 1, 1],
      ["close", (a) => (asIO(a[0]).closed = true, null), 1, 1],
      ["__enter__", (a) => a[0], 1, 1],
      ["__exit__", (a) => (asIO(a[0]).closed = true, null), 1, 4],
    ],
  });
}

export const stringIOType: PyType = makeStreamType("StringIO", true);
export const bytesIOType: PyType = makeStreamType("BytesIO", false);

export function makeIoModule(): [string, PyValue][] {
  return [
    ["StringIO", stringIOType],
    ["BytesIO", bytesIOType],
    ["IOBase", ioBaseType],
    // io.open is the builtin open itself.
    ...openBuiltins,
    ["SEEK_SET", 0],
    ["SEEK_CUR", 1],
    ["SEEK_END", 2],
  ];
}
