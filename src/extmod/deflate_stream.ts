// The stream under a DeflateIO, used as MicroPython uses it through its C stream protocol
// (mp_get_stream): only native streams qualify, and their native read/write/close are called
// even when a subclass overrides them in Python.
import { PyBuiltin, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { PyBytes } from "../py/obj_bytes.ts";
import { EOFError, OSError, raise } from "../py/obj_exception.ts";
import { nativeOf } from "../py/obj_type.ts";
import { bufferData } from "../py/obj_bytes.ts";

const utf8 = new TextEncoder();

function nativeMethod(stream: PyValue, name: string): PyBuiltin | undefined {
  if (!(stream instanceof PyObject)) return undefined;
  const t: PyType | undefined = stream.type.isUserClass ? stream.type.nativeBase : stream.type;
  const m = t?.lookup(name);
  return m instanceof PyBuiltin ? m : undefined;
}

/** mp_get_stream_raise: the stream must support the operation. */
export function requireStream(stream: PyValue, op: "read" | "write"): void {
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

/** Write all of `data` to the stream with its native write. */
export function writeAll(stream: PyValue, data: Uint8Array): void {
  if (data.length === 0) return;
  nativeMethod(stream, "write")!.fn([nativeOf(stream), new PyBytes(data)], undefined);
}

/** mp_stream_close. */
export function closeStream(stream: PyValue): void {
  nativeMethod(stream, "close")?.fn([nativeOf(stream)], undefined);
}
