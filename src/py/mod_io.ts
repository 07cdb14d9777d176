// io: in-memory streams StringIO and BytesIO (py/objstringio.c).
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";
import { PyByteArray, PyBytes } from "./obj_bytes.ts";
import { OSError, raise, TypeError, ValueError } from "./obj_exception.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

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
  readline(): Uint8Array {
    this.check();
    let end = this.pos;
    while (end < this.size && this.buf[end] !== 10) end++;
    if (end < this.size) end++;
    const out = this.buf.slice(this.pos, end);
    this.pos = end;
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

function makeStreamType(name: string, text: boolean): PyType {
  const out = (b: Uint8Array): PyValue => text ? dec.decode(b) : new PyBytes(b);
  const inp = (v: PyValue): Uint8Array => {
    if (text) {
      if (typeof v !== "string") raise(TypeError, "object with buffer protocol required");
      return enc.encode(v as string);
    }
    if (v instanceof PyBytes || v instanceof PyByteArray) return v.data;
    if (typeof v === "string") raise(TypeError, "object with buffer protocol required");
    return raise(TypeError, "object with buffer protocol required");
  };
  return defineType({
    name,
    makeNew: (t, args) =>
      new PyStringIO(t, args.length && args[0] !== null ? inp(args[0]) : new Uint8Array()),
    getIter: (self) => self,
    iterNext: (self) => {
      const line = asIO(self).readline();
      return line.length === 0 ? undefined : out(line);
    },
    methods: [
      ["write", (a) => asIO(a[0]).write(inp(a[1])), 2, 2],
      [
        "read",
        (a) => out(asIO(a[0]).read(a.length > 1 && a[1] !== null ? a[1] as number : -1)),
        1,
        2,
      ],
      ["readline", (a) => out(asIO(a[0]).readline()), 1, 2],
      ["getvalue", (a) => out(asIO(a[0]).value()), 1, 1],
      [
        "seek",
        (a) => {
          const s = asIO(a[0]);
          const whence = a.length > 2 ? a[2] as number : 0;
          const base = whence === 0 ? 0 : whence === 1 ? s.pos : s.size;
          const p = base + (a[1] as number);
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
    ["SEEK_SET", 0],
    ["SEEK_CUR", 1],
    ["SEEK_END", 2],
  ];
}
