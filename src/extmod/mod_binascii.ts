// binascii: hex and base64 conversions and CRC-32 (extmod/modbinascii.c; hexlify/unhexlify
// are bytes.hex/fromhex returning bytes, py/objstr.c).
import { builtin, type Kw, type PyValue, typeOf } from "../py/obj.ts";
import { bufferData, PyBytes } from "../py/obj_bytes.ts";
import { raise, TypeError, ValueError } from "../py/obj_exception.ts";
import { truthy } from "../py/runtime.ts";
import { uint32Arg } from "./int_args.ts";

const utf8 = new TextEncoder();

/** mp_get_buffer_raise for reading: str (its UTF-8 bytes) or any buffer-protocol object. */
export function readBuffer(v: PyValue): Uint8Array {
  if (typeof v === "string") return utf8.encode(v);
  const data = bufferData(v);
  if (data === undefined) return raise(TypeError, "object with buffer protocol required");
  return data;
}

const HEX_DIGITS = utf8.encode("0123456789abcdef");

/** The separator byte of hexlify: the first byte of a str or bytes (NUL when empty, as C reads
 * the terminator). */
function separatorByte(v: PyValue): number {
  let data: Uint8Array | undefined;
  if (typeof v === "string") data = utf8.encode(v);
  else if (v instanceof PyBytes) data = v.data;
  else return raise(TypeError, `can't convert '${typeOf(v).name}' object to str implicitly`);
  return data.length > 0 ? data[0] : 0;
}

function hexlify(a: PyValue[]): PyBytes {
  const data = readBuffer(a[0]);
  const sep = a.length > 1 ? separatorByte(a[1]) : -1;
  const n = data.length;
  const out = new Uint8Array(n === 0 ? 0 : sep < 0 ? 2 * n : 3 * n - 1);
  let o = 0;
  for (let i = 0; i < n; i++) {
    if (sep >= 0 && i > 0) out[o++] = sep;
    out[o++] = HEX_DIGITS[data[i] >> 4];
    out[o++] = HEX_DIGITS[data[i] & 15];
  }
  return new PyBytes(out);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** ASCII whitespace as MicroPython's unichar_isspace: space and \t\n\v\f\r. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Pairs of hex digits, with whitespace allowed between pairs only. */
function unhexlify(a: PyValue[]): PyBytes {
  const data = readBuffer(a[0]);
  const out = new Uint8Array(data.length >> 1);
  let o = 0;
  for (let i = 0; i < data.length;) {
    if (isSpace(data[i])) {
      i++;
      continue;
    }
    const hi = hexValue(data[i]);
    const lo = i + 1 < data.length ? hexValue(data[i + 1]) : -1;
    if (hi < 0 || lo < 0) raise(ValueError, "non-hex digit");
    out[o++] = (hi << 4) | lo;
    i += 2;
  }
  return new PyBytes(out.slice(0, o));
}

const B64_CHARS = utf8.encode("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
/** byte → sextet, -1 for bytes outside the alphabet (which a2b_base64 skips). */
const B64_VALUES = new Int8Array(256).fill(-1);
B64_CHARS.forEach((c, i) => B64_VALUES[c] = i);
const PAD = 61; // '='

/** Lenient decoding as modbinascii.c: bytes outside the alphabet are skipped; a pad ends the
 * data once the bits left over cannot make a byte. */
function a2bBase64(a: PyValue[]): PyBytes {
  const data = readBuffer(a[0]);
  const out = new Uint8Array(((data.length * 3) >> 2) + 1);
  let o = 0;
  let shift = 0;
  let nbits = 0;
  let hadPad = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === PAD) {
      if (nbits === 2 || (nbits === 4 && hadPad)) {
        nbits = 0;
        break;
      }
      hadPad = true;
    }
    const sextet = B64_VALUES[c];
    if (sextet < 0) continue;
    hadPad = false;
    shift = ((shift << 6) | sextet) & 0xffffff;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out[o++] = (shift >> nbits) & 0xff;
    }
  }
  if (nbits !== 0) raise(ValueError, "incorrect padding");
  return new PyBytes(out.slice(0, o));
}

/** b2a_base64(data, newline=True): newline may also be given by position. */
function b2aBase64(a: PyValue[], kw: Kw): PyBytes {
  if (a.length > 2) raise(TypeError, "extra positional arguments given");
  let newline = a.length > 1 ? truthy(a[1]) : true;
  if (kw !== undefined && kw.size > 0) {
    const v = kw.get("newline");
    if (v === undefined || a.length > 1 || kw.size > 1) {
      raise(TypeError, "extra keyword arguments given");
    }
    newline = truthy(v);
  }
  const data = readBuffer(a[0]);
  const n = data.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  let o = 0;
  let i = 0;
  for (; i + 3 <= n; i += 3) {
    const w = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out[o++] = B64_CHARS[w >> 18];
    out[o++] = B64_CHARS[(w >> 12) & 63];
    out[o++] = B64_CHARS[(w >> 6) & 63];
    out[o++] = B64_CHARS[w & 63];
  }
  if (i < n) {
    const two = i + 1 < n;
    const w = (data[i] << 16) | (two ? data[i + 1] << 8 : 0);
    out[o++] = B64_CHARS[w >> 18];
    out[o++] = B64_CHARS[(w >> 12) & 63];
    out[o++] = two ? B64_CHARS[(w >> 6) & 63] : PAD;
    out[o++] = PAD;
  }
  if (newline) out[o] = 10;
  return new PyBytes(out);
}

/** The reflected CRC-32 table (polynomial 0xEDB88320), as zlib's and uzlib's. */
const CRC_TABLE = new Int32Array(256);
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  CRC_TABLE[i] = c;
}

/** crc32(data, value=0): continue a CRC from `value`. */
export function crc32(data: Uint8Array, value: number): number {
  let crc = ~value;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

export function makeBinasciiModule(): [string, PyValue][] {
  return [
    ["hexlify", builtin("hexlify", hexlify, 1, 2)],
    ["unhexlify", builtin("unhexlify", unhexlify, 1, 1)],
    ["a2b_base64", builtin("a2b_base64", a2bBase64, 1, 1)],
    ["b2a_base64", builtin("b2a_base64", b2aBase64, 1, -1, true)],
    [
      "crc32",
      builtin("crc32", (a) => crc32(readBuffer(a[0]), a.length > 1 ? uint32Arg(a[1]) : 0), 1, 2),
    ],
  ];
}
