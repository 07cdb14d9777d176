// str (py/objstr.c, objstrunicode.c): a JS string with code-point semantics. Strings made
// only of BMP characters (the common case) index directly; astral characters, stored as
// surrogate pairs, take the slower code-point walk. A surrogate code point is an astral
// stand-in (str_utf8.ts), so "\ud83d\ude00" stays two characters as in MicroPython.
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import {
  defineType,
  intLike,
  type Kw,
  PyObject,
  type PyType,
  type PyValue,
  strType,
  typeOf,
} from "./obj.ts";
import {
  IndexError,
  NotImplementedError,
  raise,
  TypeError,
  UnicodeError,
} from "./obj_exception.ts";
import { PySlice, sliceIndices, wordIndex } from "./obj_slice.ts";
import { checkRepeatSize, repeatCount } from "./seq.ts";
import { str as strOf, strHash, strLength } from "./runtime.ts";
import { decodeUtf8Loose, encodeUtf8, mpCodePoint, pairAt, strCompare } from "./str_utf8.ts";
import { state } from "./interp_state.ts";
import { allocFailed } from "./heap.ts";

const SURROGATE = /[\uD800-\uDFFF]/;

/** True if `s` holds a surrogate pair (a character outside the BMP). */
export function hasAstral(s: string): boolean {
  return SURROGATE.test(s);
}

/** UTF-16 offset of code point `cp` in `s` (s known to contain astral chars). */
export function cpToUnit(s: string, cp: number): number {
  let u = 0;
  for (let i = 0; i < cp && u < s.length; i++) {
    u += pairAt(s, u) ? 2 : 1;
  }
  return u;
}

/** Code-point index of UTF-16 offset `u` in `s`. */
export function unitToCp(s: string, u: number): number {
  let cp = 0;
  for (let i = 0; i < u; i++) {
    cp++;
    if (pairAt(s, i)) i++;
  }
  return cp;
}

/** The TypeError MicroPython raises when a str is required. */
export function notStr(v: PyValue): never {
  return raise(TypeError, `can't convert '${typeOf(v).name}' object to str implicitly`);
}

/** Check a str argument. */
export function strArg(v: PyValue): string {
  return typeof v === "string" ? v : notStr(v);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** Quote text with MicroPython's rules (mp_str_print_quoted): single quotes unless the text
 * has ' and no ", escapes for control and non-ASCII characters. `bytes` treats char codes as
 * bytes (all >= 0x7f become \xNN). */
export function quoteString(s: string, bytes = false): string {
  let quote = 39;
  if (s.indexOf("'") >= 0 && s.indexOf('"') < 0) quote = 34;
  let out = "";
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== quote && c !== 92) continue;
    out += s.slice(run, i);
    run = i + 1;
    if (c === quote || c === 92) out += "\\" + s[i];
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c < 0x100 || bytes) out += "\\x" + hex(c, 2);
    else if (pairAt(s, i)) {
      const cp = mpCodePoint(s.codePointAt(i)!); // a stand-in prints as its surrogate
      out += cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
      i++;
      run = i + 1;
    } else out += "\\u" + hex(c, 4);
  }
  const q = quote === 39 ? "'" : '"';
  return q + out + s.slice(run) + q;
}

/** repr() of a str. */
export function strRepr(s: string): string {
  return quoteString(s, false);
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

/** Decode UTF-8 bytes; invalid input raises UnicodeError (as str(b, "utf-8") does). */
export function decodeUtf8(data: Uint8Array): string {
  try {
    return utf8Decoder.decode(data);
  } catch {
    return decodeUtf8Loose(data) ?? raise(UnicodeError);
  }
}

export { encodeUtf8 };

/** Bytes of a buffer-protocol object, or undefined. */
export function bufferOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyObject) {
    const b = v.type.buffer;
    if (b !== undefined) return b(v, false);
  }
  return undefined;
}

/** mp_arg_error_unimpl_kw: str() and bytes() accept no keywords (CPython's encoding=...). */
export const UNIMPL_KW = "keyword argument(s) not implemented - use normal args instead";

function strNew(_type: PyType, args: PyValue[], kw: Kw): PyValue {
  if (kw !== undefined && kw.size > 0) raise(NotImplementedError, UNIMPL_KW); // MICROPY_CPYTHON_COMPAT
  if (args.length === 0) return "";
  // str(x) prints x into a new buffer, even a str (heap.ts: locked or full heap).
  if (state.allocGate !== 0) allocFailed(32);
  if (args.length === 1) return strOf(args[0]);
  if (args.length > 3) {
    raise(TypeError, `function expected at most 3 arguments, got ${args.length}`);
  }
  // a str with an encoding comes back as it is (py/objstr.c mp_obj_str_make_new)
  if (typeof args[0] === "string") return args[0];
  const data = bufferOf(args[0]);
  if (data === undefined) return raise(TypeError, "object with buffer protocol required");
  return decodeUtf8(data);
}

/** The i-th code point of s as a str (i already normalised, in range). */
function charAt(s: string, i: number, astral: boolean): string {
  if (!astral) return s[i];
  const u = cpToUnit(s, i);
  return pairAt(s, u) ? s.slice(u, u + 2) : s[u];
}

/** s[index] with code-point semantics. */
export function strGetItem(s: string, index: PyValue): PyValue {
  if (typeof index === "number") {
    if (!hasAstral(s)) {
      const i = index < 0 ? index + s.length : index;
      if (i >= 0 && i < s.length) return s[i];
      wordIndex(index);
      return raise(IndexError, "string index out of range");
    }
    const n = strLength(s);
    const i = index < 0 ? index + n : index;
    if (i >= 0 && i < n) return charAt(s, i, true);
    wordIndex(index);
    return raise(IndexError, "string index out of range");
  }
  if (index instanceof PySlice) {
    if (index.step !== null && index.step !== 1) {
      raise(NotImplementedError, "only slices with step=1 (aka None) are supported");
    }
    // py/objstrunicode.c reads the bounds as indices, with their wording
    for (const b of [index.start, index.stop]) {
      if (
        b !== null && typeof b !== "number" && typeof b !== "boolean" && intLike(b) === undefined
      ) {
        raise(TypeError, `string indices must be integers, not ${typeOf(b).name}`);
      }
    }
    const astral = hasAstral(s);
    const n = astral ? strLength(s) : s.length;
    const [start, stop] = sliceIndices(index, n);
    if (stop <= start) return "";
    if (!astral) return s.slice(start, stop);
    const u0 = cpToUnit(s, start);
    return s.slice(u0, u0 + cpToUnit(s.slice(u0), stop - start));
  }
  if (typeof index === "boolean") return strGetItem(s, index ? 1 : 0);
  if (typeof index === "bigint") return wordIndex(index);
  const i = intLike(index);
  if (i !== undefined) return strGetItem(s, i);
  return raise(TypeError, `string indices must be integers, not ${typeOf(index).name}`);
}

/** Installed by str_percent.ts: `fmt % args`. */
export const strPercentHook = {
  format: (_fmt: string, _args: PyValue): PyValue => raise(NotImplementedError),
};

function strBinaryOp(op: number, self: PyValue, other: PyValue): PyValue | undefined {
  const s = self as string;
  switch (op) {
    case BinaryOp.ADD:
    case BinaryOp.INPLACE_ADD:
      return typeof other === "string" ? s + other : undefined;
    case BinaryOp.MULTIPLY:
    case BinaryOp.INPLACE_MULTIPLY:
    case BinaryOp.REVERSE_MULTIPLY: {
      const n = repeatCount(other);
      if (n === undefined) return undefined;
      if (s.length * n > 0xffff) checkRepeatSize(encodeUtf8(s).length, n, 1, 1);
      return s.repeat(n);
    }
    case BinaryOp.MODULO:
    case BinaryOp.INPLACE_MODULO:
      return strPercentHook.format(s, other);
    case BinaryOp.EQUAL:
      return s === other || equalsByteArray(s, other);
    case BinaryOp.NOT_EQUAL:
      return s !== other && !equalsByteArray(s, other);
    case BinaryOp.CONTAINS:
      return s.indexOf(strArg(other)) >= 0;
  }
  if (typeof other !== "string") return undefined;
  switch (op) {
    case BinaryOp.LESS:
      return strCompare(s, other) < 0;
    case BinaryOp.MORE:
      return strCompare(s, other) > 0;
    case BinaryOp.LESS_EQUAL:
      return strCompare(s, other) <= 0;
    case BinaryOp.MORE_EQUAL:
      return strCompare(s, other) >= 0;
  }
  return undefined;
}

/** 'b' == bytearray(b'b'): MicroPython asks the other side, and a bytearray or memoryview
 * compares a str's UTF-8 bytes with its own (buffer_compare.ts: typecodes must match). */
function equalsByteArray(s: string, other: PyValue): boolean {
  if (!(other instanceof PyObject)) return false;
  const name = other.type.name;
  if (name !== "bytearray" && name !== "memoryview") return false;
  return other.type.binaryOp?.(BinaryOp.EQUAL, other, s) === true;
}

/** Iterator over the characters of a str. */
export class PyStrIter extends PyObject {
  pos = 0;
  constructor(public s: string) {
    super(strIterType);
  }
}

const strIterType: PyType = defineType({
  name: "iterator",
  getIter: (self) => self,
  iterNext: (self) => {
    const it = self as PyStrIter;
    const s = it.s;
    const u = it.pos;
    if (u >= s.length) return undefined;
    if (pairAt(s, u)) {
      it.pos = u + 2;
      return s.slice(u, u + 2);
    }
    it.pos = u + 1;
    return s[u];
  },
});

Object.assign(strType, {
  makeNew: strNew,
  repr: (self: PyValue) => strRepr(self as string),
  str: (self: PyValue) => self as string,
  hash: (self: PyValue) => strHash(self as string),
  len: (self: PyValue) => strLength(self as string),
  unaryOp: (op: number, self: PyValue) => {
    const s = self as string;
    if (op === UnaryOp.BOOL) return s.length !== 0;
    if (op === UnaryOp.LEN) return strLength(s);
    if (op === UnaryOp.HASH) return strHash(s);
    return undefined;
  },
  binaryOp: strBinaryOp,
  getItem: (self: PyValue, index: PyValue) => strGetItem(self as string, index),
  getIter: (self: PyValue) => new PyStrIter(self as string),
});
