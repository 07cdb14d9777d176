// Comparisons of array-like objects (py/objarray.c array_binary_op): array, bytearray and
// memoryview compare by bytes with any buffer whose item typecode matches theirs up to
// signedness; a mismatch, a float typecode, or ordering two signed buffers is a bare
// NotImplementedError.
import { BinaryOp } from "./bytecode.ts";
import { type PyValue, typeOf } from "./obj.ts";
import { NotImplementedError, raise } from "./obj_exception.ts";
import { encodeUtf8 } from "./str_utf8.ts";

/** A buffer's bytes and its item typecode ('B' for bytes-like objects and str), or undefined
 * for an object without the buffer protocol. */
export function bufferWithCode(v: PyValue): [Uint8Array, string] | undefined {
  if (typeof v === "string") return [encodeUtf8(v), "B"];
  const data = typeOf(v).buffer?.(v, false);
  if (data === undefined) return undefined;
  // array and memoryview carry their item typecode
  const code = (v as { typecode?: unknown }).typecode;
  return [data, typeof code === "string" ? code : "B"];
}

export function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** `a <op> other` for an array-like `a` with item typecode `code`: undefined when `other` has
 * no buffer (the caller decides: unequal, and unordered without an error). */
export function compareBuffers(
  op: number,
  a: Uint8Array,
  code: string,
  other: PyValue,
): boolean | undefined {
  const buf = bufferWithCode(other);
  if (buf === undefined) return undefined;
  const lhsCode = code.toLowerCase();
  const rhsCode = buf[1].toLowerCase();
  const unsigned = code !== lhsCode || buf[1] !== rhsCode;
  const equality = op === BinaryOp.EQUAL || op === BinaryOp.NOT_EQUAL;
  if (lhsCode !== rhsCode || lhsCode === "f" || lhsCode === "d" || (!equality && !unsigned)) {
    return raise(NotImplementedError);
  }
  return compareResult(op, compareBytes(a, buf[0])) ?? false;
}

/** A comparison operator's answer from a three-way comparison `c`; undefined for other ops. */
export function compareResult(op: number, c: number): boolean | undefined {
  switch (op) {
    case BinaryOp.EQUAL:
      return c === 0;
    case BinaryOp.NOT_EQUAL:
      return c !== 0;
    case BinaryOp.LESS:
      return c < 0;
    case BinaryOp.MORE:
      return c > 0;
    case BinaryOp.LESS_EQUAL:
      return c <= 0;
    case BinaryOp.MORE_EQUAL:
      return c >= 0;
  }
  return undefined;
}
