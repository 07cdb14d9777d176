// The stream under a DeflateIO, used as MicroPython uses it through its C stream protocol
// (mp_get_stream): native streams, whose native read/write/close are called even when a
// subclass overrides them in Python, and subclasses of io.IOBase, whose Python readinto/write/
// ioctl get a memoryview and answer with a count, a negative errno, or None (EAGAIN).
import { PyBuiltin, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { PyByteArray, PyBytes } from "../py/obj_bytes.ts";
import { EOFError, OSError, raise } from "../py/obj_exception.ts";
import { wordInt } from "../py/obj_int.ts";
import { PyMemoryView } from "../py/obj_memoryview.ts";
import { nativeOf } from "../py/obj_type.ts";
import { bufferData } from "../py/obj_bytes.ts";
import { callMethod } from "../py/runtime.ts";
import { ioBaseType } from "../py/stream.ts";

const EAGAIN = 11;
const MP_STREAM_CLOSE = 4;

function isIOBase(v: PyValue): boolean {
  return v instanceof PyObject && v.type.isUserClass && v.type.nativeBase === ioBaseType;
}

/** One call of an IOBase method over `src` (iobase_read_write / iobase_ioctl): the count, or
 * OSError for an error answer. */
function ioBaseCall(stream: PyValue, name: string, args: PyValue[]): number {
  const r = callMethod(stream, name, args);
  if (r === null) return raise(OSError, EAGAIN);
  const n = wordInt(r);
  if (n < 0) raise(OSError, -n);
  return n;
}

const viewOf = (src: PyBytes | PyByteArray) => new PyMemoryView(src, 0, src.data.length, "B", 1);

const utf8 = new TextEncoder();

function nativeMethod(stream: PyValue, name: string): PyBuiltin | undefined {
  if (!(stream instanceof PyObject)) return undefined;
  const t: PyType | undefined = stream.type.isUserClass ? stream.type.nativeBase : stream.type;
  const m = t?.lookup(name);
  return m instanceof PyBuiltin ? m : undefined;
}

/** mp_get_stream_raise: the stream must support the operation. */
export function requireStream(stream: PyValue, op: "read" | "write"): void {
  if (isIOBase(stream)) return;
  if (nativeMethod(stream, op) === undefined) raise(OSError, "stream operation not supported");
}

/** Bytes as a native read returns them (text streams give str: their UTF-8). */
function asBytes(v: PyValue): Uint8Array {
  if (typeof v === "string") return utf8.encode(v);
  return bufferData(v) ?? new Uint8Array(0);
}

/** A byte-at-a-time reader of a stream, as moddeflate.c reads its source: EOFError at the end,
 * and never a byte more than it was asked for (so the stream can be read on after it). */
export function byteReader(stream: PyValue): () => number {
  if (isIOBase(stream)) {
    return () => {
      const one = new PyByteArray(new Uint8Array(1));
      if (ioBaseCall(stream, "readinto", [viewOf(one)]) === 0) return raise(EOFError);
      return one.data[0];
    };
  }
  const read = nativeMethod(stream, "read")!;
  const self = nativeOf(stream);
  let extra: Uint8Array = new Uint8Array(0);
  return () => {
    if (extra.length === 0) extra = asBytes(read.fn([self, 1], undefined));
    if (extra.length === 0) return raise(EOFError);
    const b = extra[0];
    extra = extra.subarray(1);
    return b;
  };
}

/** Write `data` to the stream with its native write. An IOBase stream gets one write call for
 * it, or one per byte for compressed output (`bytewise`), as the compressor emits it. */
export function writeAll(stream: PyValue, data: Uint8Array, bytewise = false): void {
  if (data.length === 0) return;
  if (isIOBase(stream)) {
    if (!bytewise) ioBaseCall(stream, "write", [viewOf(new PyBytes(data.slice()))]);
    else for (const b of data) ioBaseCall(stream, "write", [viewOf(new PyBytes(Uint8Array.of(b)))]);
    return;
  }
  nativeMethod(stream, "write")!.fn([nativeOf(stream), new PyBytes(data)], undefined);
}

/** mp_stream_close. */
export function closeStream(stream: PyValue): void {
  if (isIOBase(stream)) {
    ioBaseCall(stream, "ioctl", [MP_STREAM_CLOSE, 0]);
    return;
  }
  nativeMethod(stream, "close")?.fn([nativeOf(stream)], undefined);
}
