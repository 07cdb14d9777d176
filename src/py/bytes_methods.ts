// Methods of bytes and bytearray (py/objstr.c, objarray.c): the text methods shared with str
// (on latin-1 strings) plus decode, hex, fromhex, format, % and bytearray's append/extend.
import { addMethods, builtin, type PyType, type PyValue, typeOf } from "./obj.ts";
import { raise, TypeError, ValueError } from "./obj_exception.ts";
import {
  bufferData,
  bytearrayType,
  byteSet,
  bytesPercentHook,
  bytesType,
  extendByteArray,
  fromLatin1,
  latin1,
  PyByteArray,
  PyBytes,
  readBuffer,
} from "./obj_bytes.ts";
import { encodeUtf8 } from "./str_utf8.ts";
import { decodeUtf8 } from "./obj_str.ts";
import { type TextKind, textMethods } from "./str_methods.ts";
import { strFormat } from "./str_format.ts";
import { percentFormat } from "./str_percent.ts";
import { bytesFactory } from "./obj_int.ts";
import { PyClassMethod } from "./obj_property.ts";

const notStrImplicitly = (v: PyValue): never =>
  raise(TypeError, `can't convert '${typeOf(v).name}' object to str implicitly`);
const notBytesImplicitly = (): never =>
  raise(TypeError, "can't convert 'str' object to bytes implicitly");

// py/objstr.c reads arguments three ways: most methods take bytes or bytearray (never a
// memoryview), split/rsplit take only bytes, and startswith/endswith take bytes or a str.
function argBytes(v: PyValue): string {
  if (typeof v === "string") return notBytesImplicitly();
  if (v instanceof PyBytes || v instanceof PyByteArray) return latin1(v.data);
  return notStrImplicitly(v);
}

function sepBytes(v: PyValue): string {
  if (typeof v === "string") return notBytesImplicitly();
  return v instanceof PyBytes ? latin1(v.data) : notStrImplicitly(v);
}

function prefixBytes(v: PyValue): string {
  if (typeof v === "string") return latin1(encodeUtf8(v));
  return v instanceof PyBytes ? latin1(v.data) : notStrImplicitly(v);
}

const selfBytes = (v: PyValue) => latin1((v as PyBytes).data);
/** What a bytearray method returns for an empty result: the empty bytes constant. */
const emptyBytes = () => new PyBytes(new Uint8Array(0));

const bytesKind: TextKind = {
  self: selfBytes,
  arg: argBytes,
  sepArg: sepBytes,
  prefixArg: prefixBytes,
  wrap: (s) => new PyBytes(fromLatin1(s)),
  empty: emptyBytes,
  unicode: false,
  native: (v) => ((v as PyBytes).type === bytesType ? v : new PyBytes((v as PyBytes).data)),
};
const bytearrayKind: TextKind = {
  ...bytesKind,
  wrap: (s) => new PyByteArray(fromLatin1(s)),
  noStorage: (v) => (v as PyByteArray).buf.length === 0,
  // a subclass instance's base shares its bytes
  native: (
    v,
  ) => ((v as PyByteArray).type === bytearrayType ? v : new PyByteArray((v as PyByteArray).data)),
};

const HEX = "0123456789abcdef";
/** bytes.hex([sep]). */
export function toHex(d: Uint8Array, sep = ""): string {
  let s = "";
  for (let i = 0; i < d.length; i++) {
    if (i > 0) s += sep;
    s += HEX[d[i] >> 4] + HEX[d[i] & 15];
  }
  return s;
}

function fromHex(v: PyValue): Uint8Array {
  const d = readBuffer(v) ?? raise(TypeError, "object with buffer protocol required");
  const s = latin1(d);
  const out: number[] = [];
  let i = 0;
  const hexVal = (c: number) =>
    c >= 48 && c <= 57 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = hexVal(c);
    const lo = i + 1 < s.length ? hexVal(s.charCodeAt(i + 1)) : -1;
    if (hi < 0 || lo < 0) raise(ValueError, "non-hex digit");
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** bytes.hex([sep]) and memoryview.hex: as binascii.hexlify, empty data gives b'', and the
 * separator is the first byte of a str or bytes (a NUL byte for an empty one). */
export function hexMethod(a: PyValue[]): PyValue {
  const data = bufferData(a[0])!;
  if (data.length === 0) return new PyBytes(data);
  if (a.length < 2) return toHex(data);
  const sep = a[1];
  const s = typeof sep === "string"
    ? encodeUtf8(sep)
    : sep instanceof PyBytes
    ? sep.data
    : notStrImplicitly(sep);
  return toHex(data, String.fromCharCode(s.length > 0 ? s[0] : 0));
}

const decode = (a: PyValue[]) => decodeUtf8((a[0] as PyBytes).data);

function format(a: PyValue[], kw: Map<string, PyValue> | undefined, wrap: (s: string) => PyValue) {
  return wrap(
    fromLatin1Utf8(strFormat(decodeUtf8((a[0] as PyBytes).data), a.slice(1), kw)),
  );
}

function fromLatin1Utf8(s: string): string {
  return latin1(new TextEncoder().encode(s));
}

addMethods(bytesType, textMethods(bytesKind));
addMethods(bytesType, [
  ["decode", decode, 1, 3],
  ["hex", hexMethod, 1, 2],
  ["format", (a, kw) => format(a, kw, bytesKind.wrap), 1, -1, true],
]);
// fromhex is a classmethod (objstr.c): called on the type or an instance it gets (cls, str)
bytesType.locals.set(
  "fromhex",
  new PyClassMethod(builtin("fromhex", (a) => new PyBytes(fromHex(a[1]), a[0] as PyType), 2, 2)),
);

addMethods(bytearrayType, textMethods(bytearrayKind));
addMethods(bytearrayType, [
  ["decode", decode, 1, 3],
  ["hex", hexMethod, 1, 2],
  ["format", (a, kw) => format(a, kw, bytearrayKind.wrap), 1, -1, true],
  ["append", (a) => ((a[0] as PyByteArray).push(byteSet(a[1])), null), 2, 2],
  [
    "extend",
    (a) => (extendByteArray(a[0] as PyByteArray, a[1]), null),
    2,
    2,
  ],
]);
bytearrayType.locals.set(
  "fromhex",
  new PyClassMethod(builtin("fromhex", (a) => new PyByteArray(fromHex(a[1])), 2, 2)),
);

bytesPercentHook.format = (self, args) =>
  new PyBytes(fromLatin1(percentFormat(latin1(self.data), args, true)));

bytesFactory.make = (d) => new PyBytes(d);
