// Argument handling shared by the native stream methods (files and the standard streams), as
// py/stream.c reads them: sizes are machine words, so negative ones become huge.
import type { PyValue } from "./obj.ts";
import { bufferData } from "./obj_bytes.ts";
import { getSmallInt } from "./obj_int.ts";
import { encodeUtf8 } from "./obj_str.ts";
import { MemoryError, raise, TypeError } from "./obj_exception.ts";

/** The bytes of a write()'s data: str as UTF-8 (surrogates as MicroPython encodes them). */
export function dataOf(v: PyValue): Uint8Array {
  if (typeof v === "string") return encodeUtf8(v);
  return bufferData(v) ?? raise(TypeError, "object with buffer protocol required");
}

/** The allocation a size of -2 or less asks for fails (`n` is taken as unsigned). */
export function hugeAllocation(n: number): never {
  const bytes = (1n << 64n) + BigInt(n);
  return raise(MemoryError, `memory allocation failed, allocating ${bytes} bytes`);
}

/** read(n)'s size: absent is -1 (read all); `extra` is what the buffer adds to an allocation. */
export function sizeArg(a: PyValue[], extra = 0): number {
  if (a.length < 2) return -1;
  const n = getSmallInt(a[1]);
  if (n < -1) hugeAllocation(n + extra);
  return n;
}

/** readline(n) takes its argument's small-int bits unchecked: None, False and True are
 * immediate objects whose bits read as 3, 7 and 15 on the unix port. */
const IMMEDIATE_SIZES = new Map<PyValue, number>([[null, 3], [false, 7], [true, 15]]);

export function lineSizeArg(a: PyValue[]): number {
  if (a.length < 2) return -1;
  const n = IMMEDIATE_SIZES.get(a[1]) ?? getSmallInt(a[1]);
  if (n < -1) hugeAllocation(n);
  return n;
}

/** A length as an unsigned machine word, clipped to `max`: negative means "no limit". */
export function clipLen(v: PyValue, max: number): number {
  const n = getSmallInt(v);
  return n < 0 ? max : Math.min(n, max);
}

/** write(buf[, off], len) (args with self first): the part of the data to write. */
export function writeSlice(a: PyValue[]): Uint8Array {
  const data = dataOf(a[1]);
  if (a.length === 3) return data.subarray(0, clipLen(a[2], data.length));
  if (a.length === 4) {
    const off = clipLen(a[2], data.length);
    return data.subarray(off, off + clipLen(a[3], data.length));
  }
  return data;
}
