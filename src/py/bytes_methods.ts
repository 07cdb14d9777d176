// Methods of bytes and bytearray (py/objstr.c, objarray.c): the text methods shared with str
// (on latin-1 strings) plus decode, hex, fromhex, format, % and bytearray's append/extend.
import { addMethods, builtin, type PyValue, typeOf } from "./obj.ts";
import { raise, TypeError, ValueError } from "./obj_exception.ts";
import { getIter, iterNext } from "./runtime.ts";
import {
  bufferData,
  bytearrayType,
  byteSet,
  bytesPercentHook,
  bytesType,
  fromLatin1,
  latin1,
  PyByteArray,
  PyBytes,
} from "./obj_bytes.ts";
import { decodeUtf8 } from "./obj_str.ts";
import { type TextKind, textMethods } from "./str_methods.ts";
import { strFormat } from "./str_format.ts";
import { percentFormat } from "./str_percent.ts";
import { bytesFactory } from "./obj_int.ts";

function argBytes(v: PyValue): string {
  if (typeof v === "string") {
    return raise(TypeError, "can't convert 'str' object to bytes implicitly");
  }
  const d = bufferData(v);
  if (d === undefined) {
    return raise(TypeError, `can't convert '${typeOf(v).name}' object to str implicitly`);
  }
  return latin1(d);
}

const selfBytes = (v: PyValue) => latin1((v as PyBytes).data);

const bytesKind: TextKind = {
  self: selfBytes,
  arg: argBytes,
  wrap: (s) => new PyBytes(fromLatin1(s)),
  unicode: false,
};
const bytearrayKind: TextKind = {
  self: selfBytes,
  arg: argBytes,
  wrap: (s) => new PyByteArray(fromLatin1(s)),
  unicode: false,
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

function fromHex(s: PyValue): Uint8Array {
  if (typeof s !== "string") {
    return raise(TypeError, `can't convert '${typeOf(s).name}' object to str implicitly`);
  }
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

function hexMethod(a: PyValue[]): PyValue {
  const sep = a.length > 1 ? a[1] : "";
  const data = bufferData(a[0])!;
  // binascii.hexlify's early return, which bytes.hex shares: empty data gives b''.
  if (data.length === 0) return new PyBytes(data);
  return toHex(data, typeof sep === "string" ? sep : latin1(bufferData(sep)!));
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
bytesType.locals.set(
  "fromhex",
  builtin("fromhex", (a) => new PyBytes(fromHex(a[a.length - 1])), 1, 2),
);

addMethods(bytearrayType, textMethods(bytearrayKind));
addMethods(bytearrayType, [
  ["decode", decode, 1, 3],
  ["hex", hexMethod, 1, 2],
  ["format", (a, kw) => format(a, kw, bytearrayKind.wrap), 1, -1, true],
  ["append", (a) => ((a[0] as PyByteArray).push(byteSet(a[1])), null), 2, 2],
  [
    "extend",
    (a) => {
      const ba = a[0] as PyByteArray;
      const d = bufferData(a[1]);
      if (d !== undefined) ba.splice(ba.data.length, ba.data.length, d);
      else {
        const it = getIter(a[1]);
        for (let x = iterNext(it); x !== undefined; x = iterNext(it)) ba.push(byteSet(x));
      }
      return null;
    },
    2,
    2,
  ],
]);
bytearrayType.locals.set(
  "fromhex",
  builtin("fromhex", (a) => new PyByteArray(fromHex(a[a.length - 1])), 1, 2),
);

bytesPercentHook.format = (self, args) =>
  new PyBytes(fromLatin1(percentFormat(latin1(self.data), args, true)));

bytesFactory.make = (d) => new PyBytes(d);
