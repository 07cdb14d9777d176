// The stream protocol as built-in code uses it (py/stream.c mp_get_stream_raise): print(file=),
// json.dump/load and sys.print_exception write to or read from native streams (files, StringIO,
// sockets...) or instances of Python classes derived from io.IOBase, whose write()/readinto()
// receive a bytearray (extmod/modio.c iobase_*). Any other object is not a stream.
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";
import { bufferData, PyByteArray } from "./obj_bytes.ts";
import { OSError, raise } from "./obj_exception.ts";
import { getSmallInt } from "./obj_int.ts";
import { callMethod } from "./runtime.ts";
import { defaultRepr } from "./obj_type_slots.ts";

/** io.IOBase: no methods of its own; deriving from it makes a class a stream. */
export const ioBaseType: PyType = defineType({
  name: "IOBase",
  makeNew: (t) => new PyObject(t),
  // A subclass's instances print as any instance does (<W object at ...>).
  repr: (self) => (self as PyObject).type === ioBaseType ? "<IOBase>" : defaultRepr(self),
});

function isIOBase(v: PyValue): boolean {
  return v instanceof PyObject && v.type.isUserClass && v.type.nativeBase === ioBaseType;
}

/** A native stream type that has the given method (or a Python subclass of one). */
function isNativeStream(v: PyValue, method: string): boolean {
  if (!(v instanceof PyObject)) return false;
  const t: PyType | undefined = v.type.isUserClass ? v.type.nativeBase : v.type;
  return t !== undefined && t !== ioBaseType && t.lookup(method) !== undefined;
}

/** Raise as mp_get_stream_raise does for something that is no stream. */
export function requireStream(v: PyValue, method: "read" | "write"): void {
  if (!isIOBase(v) && !isNativeStream(v, method)) {
    raise(OSError, "stream operation not supported");
  }
}

const enc = new TextEncoder();

/** Write text to a stream: a native one through its write method, an IOBase subclass through
 * write(bytearray), repeated for what a short write left (mp_stream_write). */
export function streamWrite(stream: PyValue, text: string): void {
  requireStream(stream, "write");
  if (!isIOBase(stream)) {
    callMethod(stream, "write", [text]);
    return;
  }
  let data = enc.encode(text);
  while (data.length > 0) {
    const r = callMethod(stream, "write", [new PyByteArray(data.slice())]);
    // None: the stream would block (EAGAIN); nothing more is written.
    if (r === null) return;
    const n = getSmallInt(r);
    if (n <= 0 || n >= data.length) return;
    data = data.subarray(n);
  }
}

/** Read a whole file for import (py/reader.c over the stream protocol): an IOBase subclass
 * through readinto in chunks, then closed through its ioctl (MP_STREAM_CLOSE), as MicroPython
 * closes streams; a native file through read() and close(). */
export function streamReadFile(f: PyValue): Uint8Array {
  if (!isIOBase(f)) {
    try {
      return bufferData(callMethod(f, "read", [])) ?? raise(OSError, "read() gave no bytes");
    } finally {
      callMethod(f, "close", []);
    }
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    // the stream may name its buffer size (MP_STREAM_GET_BUFFER_SIZE)
    const asked = callMethod(f, "ioctl", [MP_STREAM_GET_BUFFER_SIZE, 0]);
    const chunk = typeof asked === "number" && asked > 0 ? asked : READ_CHUNK;
    for (;;) {
      const buf = new PyByteArray(new Uint8Array(chunk));
      const r = callMethod(f, "readinto", [buf]);
      const n = r === null ? 0 : Math.min(getSmallInt(r), chunk);
      if (n <= 0) break;
      parts.push(buf.data.slice(0, n));
      total += n;
      if (n < chunk) break; // a short read is the end (mp_reader_vfs_readbyte)
    }
  } finally {
    callMethod(f, "ioctl", [MP_STREAM_CLOSE, 0]);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) (out.set(p, at), at += p.length);
  return out;
}

/** py/reader.c's buffer when the stream names none (what the unix port's readinto sees). */
const READ_CHUNK = 53;
const MP_STREAM_CLOSE = 4;
const MP_STREAM_GET_BUFFER_SIZE = 11;

/** Read a stream to its end for json.load: a native one's read(), an IOBase subclass byte by
 * byte through readinto, stopping at a NUL byte, which ends json's input anyway (so a readinto
 * that claims bytes it never stored ends too). Returns what read() gave, or the bytes. */
export function streamReadAll(stream: PyValue): PyValue {
  requireStream(stream, "read");
  if (!isIOBase(stream)) return callMethod(stream, "read", []);
  const out: number[] = [];
  for (;;) {
    const buf = new PyByteArray(new Uint8Array(1));
    const r = callMethod(stream, "readinto", [buf]);
    if (r === null || getSmallInt(r) <= 0 || buf.data[0] === 0) break;
    out.push(buf.data[0]);
  }
  return new PyByteArray(Uint8Array.from(out));
}
