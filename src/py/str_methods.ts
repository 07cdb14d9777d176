// Methods shared by str and bytes (py/objstr.c). They work on JS strings: a str as itself,
// bytes as a latin-1 string (one char per byte), so one implementation serves both; the kind
// converts arguments and wraps results.
import { addMethods, intLike, type MethodRow, type PyValue, strType, typeOf } from "./obj.ts";
import {
  IndexError,
  MemoryError,
  NotImplementedError,
  raise,
  TypeError,
  UnicodeError,
  ValueError,
} from "./obj_exception.ts";
import { PyList } from "./obj_list.ts";
import { PyTuple } from "./obj_tuple.ts";
import { PyByteArray, PyBytes } from "./obj_bytes.ts";
import { getIter, iterNext, truthy } from "./runtime.ts";
import { cpToUnit, decodeUtf8, encodeUtf8, hasAstral, notStr, unitToCp } from "./obj_str.ts";
import { byteLength, cpText, mpCodePoint, pairAt } from "./str_utf8.ts";
import { getSmallInt, wordInt } from "./obj_int.ts";
import { checkRepeatSize } from "./seq.ts";
import { mpReadBack } from "./str_format.ts";

/** How a str-like type maps to and from working strings. */
export interface TextKind {
  /** self as a working string */
  self(v: PyValue): string;
  /** an argument as a working string (raises TypeError) */
  arg(v: PyValue): string;
  /** split/rsplit's separator, where it is stricter than `arg` */
  sepArg?(v: PyValue): string;
  /** startswith/endswith's prefix, where it is looser than `arg` */
  prefixArg?(v: PyValue): string;
  /** a working string as a value of this kind */
  wrap(s: string): PyValue;
  /** an empty result of strip or partition, where it is not `wrap("")` */
  empty?(): PyValue;
  /** code-point indexing (str) rather than unit indexing (bytes) */
  unicode: boolean;
  /** self has no storage at all (a bytearray created empty): find and index of b'' there
   * come up empty, as MicroPython's search returns its NULL buffer as "not found" */
  noStorage?(v: PyValue): boolean;
  /** self as its native base object: what a method returns for "unchanged" (an instance of
   * a subclass gives a plain bytes or bytearray, as MicroPython passes methods the base) */
  native?(v: PyValue): PyValue;
}

const unchanged = (k: TextKind, v: PyValue): PyValue => k.native?.(v) ?? v;

export const strKind: TextKind = {
  self: (v) => v as string,
  arg: (v) => (typeof v === "string" ? v : notStr(v)),
  // str.startswith(b'..') compares the raw bytes there
  prefixArg: (
    v,
  ) => (typeof v === "string" ? v : v instanceof PyBytes ? decodeUtf8(v.data) : notStr(v)),
  wrap: (s) => s,
  unicode: true,
};

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/** Optional start/end arguments resolved to unit offsets [start, end] (clamped); `endFirst`
 * checks the end argument first, as startswith/endswith do. */
function range(
  k: TextKind,
  s: string,
  a: PyValue[],
  from: number,
  endFirst = false,
): [number, number] {
  const astral = k.unicode && hasAstral(s);
  const n = astral ? unitToCp(s, s.length) : s.length;
  const idx = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    if (typeof v !== "number" && typeof v !== "boolean" && intLike(v) === undefined) {
      // py/obj.c mp_get_index's wording
      const name = typeof a[0] === "string" ? "string" : typeOf(a[0]).name;
      raise(TypeError, `${name} indices must be integers, not ${typeOf(v).name}`);
    }
    let i = getSmallInt(v);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  let end = endFirst ? idx(a[from + 1], n) : 0;
  let start = idx(a[from], 0);
  if (!endFirst) end = idx(a[from + 1], n);
  if (astral) {
    start = cpToUnit(s, start);
    end = cpToUnit(s, end);
  }
  return [start, end];
}

function toIndex(k: TextKind, s: string, u: number): number {
  return u >= 0 && k.unicode && hasAstral(s) ? unitToCp(s, u) : u;
}

function find(k: TextKind, a: PyValue[], rev: boolean, mustFind: boolean): number {
  const s = k.self(a[0]);
  const sub = k.arg(a[1]);
  const [start, end] = range(k, s, a, 2);
  let r = -1;
  if (end - start >= sub.length) {
    if (rev) {
      r = s.lastIndexOf(sub, end - sub.length);
      if (r < start) r = -1;
    } else {
      r = s.indexOf(sub, start);
      if (r + sub.length > end) r = -1;
    }
  }
  if (r === 0 && k.noStorage?.(a[0])) r = -1;
  if (r < 0 && mustFind) raise(ValueError, "substring not found");
  return toIndex(k, s, r);
}

function count(k: TextKind, a: PyValue[]): number {
  const s = k.self(a[0]);
  const sub = k.arg(a[1]);
  const [start, end0] = range(k, s, a, 2);
  // MicroPython counts an inverted range as empty, where b'' still occurs once
  const end = Math.max(start, end0);
  if (sub.length === 0) {
    const part = s.slice(start, end);
    if (k.unicode) return unitToCp(part, part.length) + 1;
    // MicroPython counts UTF-8 chars for bytes too: continuation bytes (0x80..0xbf) don't count
    let n = 1;
    for (let i = 0; i < part.length; i++) if ((part.charCodeAt(i) & 0xc0) !== 0x80) n++;
    return n;
  }
  let n = 0;
  for (let i = s.indexOf(sub, start); i >= 0 && i + sub.length <= end; i = s.indexOf(sub, i)) {
    n++;
    i += sub.length;
  }
  return n;
}

function startsEnds(k: TextKind, a: PyValue[], ends: boolean): boolean {
  const s = k.self(a[0]);
  const [start, end] = range(k, s, a, 2, true);
  const test = (p: PyValue) => {
    const pre = (k.prefixArg ?? k.arg)(p);
    if (pre.length === 0) return true; // MicroPython: whatever the range
    if (end - start < pre.length) return false;
    return ends ? s.startsWith(pre, end - pre.length) : s.startsWith(pre, start);
  };
  const p = a[1];
  if (p instanceof PyTuple) return p.items.some(test);
  return test(p);
}

/** Split on runs of ASCII whitespace (maxsplit < 0 = unlimited). */
function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  while (i < n) {
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i)); // the remainder keeps its trailing whitespace
      break;
    }
    let j = i;
    while (j < n && !isSpace(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
  }
  return out;
}

function split(k: TextKind, a: PyValue[], rev: boolean): PyValue {
  const s = k.self(a[0]);
  const maxsplit = a.length > 2 ? getSmallInt(a[2]) : -1;
  let parts: string[];
  if (a.length < 2 || a[1] === null) {
    if (rev && maxsplit >= 0) raise(NotImplementedError, "rsplit(None,n)");
    parts = splitWhitespace(s, maxsplit);
  } else {
    // rsplit with a count reads its separator as startswith does (str or bytes, raw bytes)
    const sepOf = rev && maxsplit >= 0 ? k.prefixArg : k.sepArg;
    const sep = (sepOf ?? k.arg)(a[1]);
    if (sep.length === 0) raise(ValueError, "empty separator");
    if (maxsplit < 0) parts = s.split(sep);
    else if (!rev) {
      parts = [];
      let i = 0;
      for (let j = s.indexOf(sep); j >= 0 && parts.length < maxsplit; j = s.indexOf(sep, i)) {
        parts.push(s.slice(i, j));
        i = j + sep.length;
      }
      parts.push(s.slice(i));
    } else {
      parts = [];
      let e = s.length;
      while (parts.length < maxsplit) {
        const j = s.lastIndexOf(sep, e - sep.length);
        if (j < 0 || e - sep.length < 0) break;
        parts.push(s.slice(j + sep.length, e));
        e = j;
      }
      parts.push(s.slice(0, e));
      parts.reverse();
    }
  }
  return new PyList(parts.map(k.wrap));
}

function strip(k: TextKind, a: PyValue[], left: boolean, right: boolean): PyValue {
  const s = k.self(a[0]);
  let i = 0;
  let e = s.length;
  if (a.length < 2) {
    if (left) { while (i < e && isSpace(s.charCodeAt(i))) i++; }
    if (right) { while (e > i && isSpace(s.charCodeAt(e - 1))) e--; }
  } else {
    const chars = k.arg(a[1]);
    if (k.unicode && /[^\0-\x7f]/.test(s) && /[^\0-\x7f]/.test(chars)) {
      const r = stripUtf8(s, chars, left, right);
      return r.length === s.length ? unchanged(k, a[0]) : r;
    }
    if (left) { while (i < e && chars.indexOf(s[i]) >= 0) i++; }
    if (right) { while (e > i && chars.indexOf(s[e - 1]) >= 0) e--; }
  }
  // an empty result is the empty constant even when nothing was stripped
  if (i === e && k.empty !== undefined) return k.empty();
  return i === 0 && e === s.length ? unchanged(k, a[0]) : k.wrap(s.slice(i, e));
}

/** MicroPython strips a str's UTF-8 bytes against the bytes of `chars`, so it can take part
 * of a character, which leaves an invalid str: UnicodeError. */
function stripUtf8(s: string, chars: string, left: boolean, right: boolean): string {
  const d = encodeUtf8(s);
  const set = new Set(encodeUtf8(chars));
  let i = 0;
  let e = d.length;
  if (left) { while (i < e && set.has(d[i])) i++; }
  if (right) { while (e > i && set.has(d[e - 1])) e--; }
  const cont = (j: number) => j < d.length && (d[j] & 0xc0) === 0x80;
  if (i < e && (cont(i) || cont(e))) raise(UnicodeError);
  return decodeUtf8(d.subarray(i, e));
}

function join(k: TextKind, a: PyValue[]): PyValue {
  const sep = k.self(a[0]);
  const src = a[1];
  const items = src instanceof PyList || src instanceof PyTuple ? src.items : null;
  const parts: string[] = [];
  const add = (x: PyValue) => {
    if (k.unicode ? typeof x !== "string" : !(x instanceof PyBytes || x instanceof PyByteArray)) {
      raise(TypeError, "join expects a list of str/bytes objects consistent with self object");
    }
    parts.push(k.self(x));
  };
  if (items !== null) { for (const x of items) add(x); }
  else {
    const it = getIter(src);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) add(x);
  }
  return k.wrap(parts.join(sep));
}

function replace(k: TextKind, a: PyValue[]): PyValue {
  const s = k.self(a[0]);
  // the count is read first, and a zero count returns self before the strings are checked
  let max = a.length > 3 ? getSmallInt(a[3]) : -1;
  if (max === 0) return unchanged(k, a[0]);
  const old = k.arg(a[1]);
  const rep = k.arg(a[2]);
  if (max < 0) max = Infinity;
  let out = "";
  if (old.length === 0) {
    // MicroPython inserts between bytes, so inside a multi-byte char too
    if (k.unicode && /[^\0-\x7f]/.test(s)) return replaceEmptyUtf8(s, rep, max);
    let n = 0;
    let i = 0;
    for (; i < s.length && n < max; n++) {
      const w = k.unicode && pairAt(s, i) ? 2 : 1;
      out += rep + s.slice(i, i + w);
      i += w;
    }
    if (n < max && i >= s.length) out += rep;
    return k.wrap(out + s.slice(i));
  }
  let i = 0;
  let n = 0;
  for (let j = s.indexOf(old); j >= 0 && n < max; j = s.indexOf(old, i), n++) {
    out += s.slice(i, j) + rep;
    i = j + old.length;
  }
  if (n === 0) return unchanged(k, a[0]);
  return k.wrap(out + s.slice(i));
}

function replaceEmptyUtf8(s: string, rep: string, max: number): string {
  const data = encodeUtf8(s);
  const r = encodeUtf8(rep);
  const n = Math.min(max, data.length + 1);
  const out = new Uint8Array(data.length + n * r.length);
  let o = 0;
  for (let i = 0; i <= data.length; i++) {
    if (i < n) {
      out.set(r, o);
      o += r.length;
    }
    if (i < data.length) out[o++] = data[i];
  }
  return mpReadBack(out);
}

function partition(k: TextKind, a: PyValue[], rev: boolean): PyValue {
  const s = k.self(a[0]);
  const sep = k.arg(a[1]);
  if (sep.length === 0) raise(ValueError, "empty separator");
  const j = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
  const empty = k.empty?.() ?? k.wrap("");
  if (j < 0) {
    const self = unchanged(k, a[0]);
    return new PyTuple(rev ? [empty, empty, self] : [self, empty, empty]);
  }
  return new PyTuple([k.wrap(s.slice(0, j)), k.wrap(sep), k.wrap(s.slice(j + sep.length))]);
}

function splitlines(k: TextKind, a: PyValue[], kw: Map<string, PyValue> | undefined): PyValue {
  const s = k.self(a[0]);
  if (a.length > 2) raise(TypeError, "extra positional arguments given");
  let keep = a.length > 1 ? truthy(a[1]) : false;
  if (kw !== undefined) {
    for (const [name, v] of kw) {
      // mp_arg_parse_all's wording
      if (name === "keepends") keep = truthy(v);
      else raise(TypeError, "extra keyword arguments given");
    }
  }
  const out: PyValue[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && s.charCodeAt(j) !== 10 && s.charCodeAt(j) !== 13) j++;
    let e = j;
    if (j < n) e = s.charCodeAt(j) === 13 && s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    out.push(k.wrap(s.slice(i, keep ? e : j)));
    i = e;
  }
  return new PyList(out);
}

function center(k: TextKind, a: PyValue[]): PyValue {
  const s = k.self(a[0]);
  const width = wordInt(a[1]); // mp_obj_get_int on a 32-bit build
  // py/objstr.c reads the width unsigned and allocates width + 1 bytes
  if (width < -1) {
    raise(MemoryError, `memory allocation failed, allocating ${(width + 1) >>> 0} bytes`);
  }
  checkRepeatSize(1, width + 1, 1, 0); // a width past the heap: MemoryError, not a JS error
  const n = k.unicode ? byteLength(s) : s.length; // MicroPython counts UTF-8 bytes
  if (width <= n) return unchanged(k, a[0]);
  const left = Math.floor((width - n) / 2);
  return k.wrap(" ".repeat(left) + s + " ".repeat(width - n - left));
}

function classify(k: TextKind, v: PyValue, test: (c: number) => boolean): boolean {
  const s = k.self(v);
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

/** isupper/islower: every letter in the right case, and at least one letter. */
function caseCheck(k: TextKind, v: PyValue, want: (c: number) => boolean): boolean {
  const s = k.self(v);
  let seen = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAlpha(c)) {
      if (!want(c)) return false;
      seen = true;
    }
  }
  return seen;
}

function mapAscii(s: string, upper: boolean): string {
  return upper
    ? s.replace(/[a-z]+/g, (m) => m.toUpperCase())
    : s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The method rows shared by str, bytes and bytearray. */
export function textMethods(k: TextKind): MethodRow[] {
  return [
    ["count", (a) => count(k, a), 2, 4],
    ["endswith", (a) => startsEnds(k, a, true), 2, 4],
    ["find", (a) => find(k, a, false, false), 2, 4],
    ["index", (a) => find(k, a, false, true), 2, 4],
    ["isalpha", (a) => classify(k, a[0], isAlpha), 1, 1],
    ["isdigit", (a) => classify(k, a[0], isDigit), 1, 1],
    ["islower", (a) => caseCheck(k, a[0], isLower), 1, 1],
    ["isspace", (a) => classify(k, a[0], isSpace), 1, 1],
    ["isupper", (a) => caseCheck(k, a[0], isUpper), 1, 1],
    ["join", (a) => join(k, a), 2, 2],
    ["lower", (a) => k.wrap(mapAscii(k.self(a[0]), false)), 1, 1],
    ["lstrip", (a) => strip(k, a, true, false), 1, 2],
    ["replace", (a) => replace(k, a), 3, 4],
    ["rfind", (a) => find(k, a, true, false), 2, 4],
    ["rindex", (a) => find(k, a, true, true), 2, 4],
    ["rsplit", (a) => split(k, a, true), 1, 3],
    ["rstrip", (a) => strip(k, a, false, true), 1, 2],
    ["split", (a) => split(k, a, false), 1, 3],
    ["startswith", (a) => startsEnds(k, a, false), 2, 4],
    ["strip", (a) => strip(k, a, true, true), 1, 2],
    ["upper", (a) => k.wrap(mapAscii(k.self(a[0]), true)), 1, 1],
    ["center", (a) => center(k, a), 2, 2],
    ["partition", (a) => partition(k, a, false), 2, 2],
    ["rpartition", (a) => partition(k, a, true), 2, 2],
    ["splitlines", (a, kw) => splitlines(k, a, kw), 1, -1, true],
  ];
}

addMethods(strType, textMethods(strKind));
addMethods(strType, [
  ["encode", (a) => new PyBytes(encodeUtf8(a[0] as string)), 1, 3],
]);

/** ord(c) (py/modbuiltins.c): code point of a 1-char str, or value of a 1-byte bytes. */
export function ord(v: PyValue): number {
  if (typeof v === "string") {
    const n = v.length;
    if (n === 1) return v.charCodeAt(0);
    if (n === 2 && pairAt(v, 0)) return mpCodePoint(v.codePointAt(0)!);
    return raise(
      TypeError,
      `ord() expected a character, but string of length ${unitToCp(v, n)} found`,
    );
  }
  if (v instanceof PyBytes) {
    const d = (v as PyBytes).data;
    if (d.length === 1) return d[0];
    return raise(TypeError, `ord() expected a character, but string of length ${d.length} found`);
  }
  return notStr(v);
}

/** chr(i). */
export function chr(v: PyValue): string {
  const i = wordInt(v); // mp_obj_get_int on a 32-bit build
  if (i < 0 || i > 0x10ffff) raise(ValueError, "chr() arg not in range(0x110000)");
  return cpText(i);
}

void IndexError;
