// FAT names as MicroPython's VfsFat (oofatfs, FatFs R0.13c) makes and reads them. MicroPython
// builds FatFs with long file names on, code page 437 and an ANSI/OEM API (FF_LFN_UNICODE 0):
// the bytes of a Python str (its UTF-8) are taken as code page 437 characters. So a long name
// on disk holds, per UTF-8 byte, the Unicode character that byte is in CP437, and reading maps
// them back to the same bytes. The 8.3 short name is made from the long one: upper-cased
// (ASCII, and CP437's own upper-case table for bytes >= 0x80), spaces and inner dots dropped,
// "+,;=[]" turned into "_", body and extension cut to 8 and 3; a lossy conversion gets a "~N"
// tail (N = 1..5, then a hash of the long name). An all-lower-case 8.3 name gets no long entry
// but the NT case bits (byte 12) instead. Lookups match the long name case-insensitively or,
// when the name converts to 8.3 without loss, the short name exactly.
import { fatError } from "./fat_layout.ts";
import { ERRNO } from "./types.ts";

/** Unicode of CP437 bytes 0x80..0xff (as FatFs's table, checked against MicroPython). */
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌" +
  "█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

/** Upper case of CP437 bytes 0x80..0xff for short names (FatFs's ExCvt for code page 437). */
const CP437_UPPER = [
  0x80,
  0x9a,
  0x45,
  0x41,
  0x8e,
  0x41,
  0x8f,
  0x80,
  0x45,
  0x45,
  0x45,
  0x49,
  0x49,
  0x49,
  0x8e,
  0x8f,
  0x90,
  0x92,
  0x92,
  0x4f,
  0x99,
  0x4f,
  0x55,
  0x55,
  0x59,
  0x99,
  0x9a,
  0x9b,
  0x9c,
  0x9d,
  0x9e,
  0x9f,
  0x41,
  0x49,
  0x4f,
  0x55,
  0xa5,
  0xa5,
];

const UNI_OF_OEM = new Uint16Array(256);
const OEM_OF_UNI = new Map<number, number>();
for (let b = 0; b < 256; b++) {
  const u = b < 0x80 ? b : CP437_HIGH.charCodeAt(b - 0x80);
  UNI_OF_OEM[b] = u;
  OEM_OF_UNI.set(u, b);
}
if (CP437_HIGH.length !== 128) throw new Error("CP437 table");

/** Short-name upper case of one OEM byte. */
function oemUpper(b: number): number {
  if (b >= 0x61 && b <= 0x7a) return b - 0x20;
  if (b >= 0x80) return CP437_UPPER[b - 0x80] ?? b;
  return b;
}

const UPPER = new Uint16Array(0x10000);

/** FatFs's Unicode upper case for comparing long names (ff_wtoupper): simple one-to-one case
 * mappings; a non-ASCII character never maps into ASCII. */
export function wtoupper(u: number): number {
  const known = UPPER[u];
  if (known) return known;
  let c = u;
  if (u < 0x80) {
    if (u >= 0x61 && u <= 0x7a) c = u - 0x20;
  } else if (u !== 0xb5 && (u < 0xd800 || u > 0xdfff)) { // µ's upper case is Greek, not FatFs's
    const up = String.fromCharCode(u).toUpperCase();
    if (up.length === 1 && up.charCodeAt(0) >= 0x80) c = up.charCodeAt(0);
  }
  UPPER[u] = c;
  return c;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Name flags (FatFs's NS_*). */
export const NS = {
  LOSS: 0x01,
  LFN: 0x02,
  BODY: 0x08,
  EXT: 0x10,
} as const;

/** A path segment converted for the directory: its long name in UTF-16 units (CP437 view of the
 * UTF-8 bytes), the 11-byte short name and the NS flags. */
export interface FatName {
  lfn: Uint16Array;
  sfn: Uint8Array;
  flags: number;
}

/** Longest long name in UTF-16 units (FF_MAX_LFN). */
export const MAX_LFN = 255;

const invalid = (name: string, why: string) =>
  fatError(ERRNO.EINVAL, `FAT: invalid name '${name}': ${why}`);

/** create_name: the long name (trailing dots and spaces dropped) and its 8.3 form. A name is
 * a str (taken as its UTF-8 bytes, as MicroPython passes it) or the bytes themselves. */
export function makeName(name: string | Uint8Array): FatName {
  if (typeof name !== "string") return convertName(name);
  let nm = NAMES.get(name);
  if (!nm) {
    if (NAMES.size > 512) NAMES.clear();
    nm = convertName(name);
    NAMES.set(name, nm);
  }
  return nm;
}

/** Recently converted names (a lookup converts every segment of a path). */
const NAMES = new Map<string, FatName>();

function convertName(name: string | Uint8Array): FatName {
  const bytes = typeof name === "string" ? enc.encode(name) : name;
  const segment = typeof name === "string" ? name : dec.decode(name);
  const lfn: number[] = [];
  for (const b of bytes) {
    if (b < 0x20) throw invalid(segment, "control character");
    if (b < 0x80 && '"*:<>?|\x7f'.includes(String.fromCharCode(b))) {
      throw invalid(segment, `'${String.fromCharCode(b)}' is not allowed`);
    }
    lfn.push(UNI_OF_OEM[b]);
  }
  if (lfn.length > MAX_LFN) throw invalid(segment, `longer than ${MAX_LFN} characters`);
  let di = lfn.length;
  while (di > 0 && (lfn[di - 1] === 0x20 || lfn[di - 1] === 0x2e)) di--;
  lfn.length = di;
  if (di === 0) throw invalid(segment, "empty");

  let cf = 0;
  let si = 0;
  while (lfn[si] === 0x20) si++;
  if (si > 0 || lfn[si] === 0x2e) cf |= NS.LOSS | NS.LFN;
  while (di > 0 && lfn[di - 1] !== 0x2e) di--; // just past the last dot (0: no extension)

  const sfn = new Uint8Array(11).fill(0x20);
  let i = 0;
  let b = 0;
  let ni = 8;
  for (;;) {
    const wc0 = si < lfn.length ? lfn[si] : 0;
    si++;
    if (wc0 === 0) break;
    if (wc0 === 0x20 || (wc0 === 0x2e && si !== di)) {
      cf |= NS.LOSS | NS.LFN;
      continue;
    }
    if (i >= ni || si === di) {
      if (ni === 11) {
        cf |= NS.LOSS | NS.LFN;
        break;
      }
      if (si !== di) cf |= NS.LOSS | NS.LFN;
      if (si > di) break;
      si = di;
      i = 8;
      ni = 11;
      b <<= 2;
      continue;
    }
    let wc = wc0;
    if (wc >= 0x80) {
      cf |= NS.LFN;
      wc = oemUpper(OEM_OF_UNI.get(wc) ?? 0);
    }
    if (wc === 0 || "+,;=[]".includes(String.fromCharCode(wc))) {
      wc = 0x5f;
      cf |= NS.LOSS | NS.LFN;
    } else if (wc >= 0x41 && wc <= 0x5a) {
      b |= 2;
    } else if (wc >= 0x61 && wc <= 0x7a) {
      b |= 1;
      wc -= 0x20;
    }
    sfn[i++] = wc;
  }
  if (sfn[0] === 0xe5) sfn[0] = 0x05;
  if (ni === 8) b <<= 2;
  if ((b & 0x0c) === 0x0c || (b & 0x03) === 0x03) cf |= NS.LFN;
  if (!(cf & NS.LFN)) {
    if (b & 0x01) cf |= NS.EXT;
    if (b & 0x04) cf |= NS.BODY;
  }
  return { lfn: Uint16Array.from(lfn), sfn, flags: cf };
}

/** gen_numname: the short name with a "~N" tail; beyond 5, N is a CRC of the long name. */
export function numberedName(sfn: Uint8Array, lfn: Uint16Array, seq: number): Uint8Array {
  const dst = sfn.slice();
  if (seq > 5) {
    let sr = seq;
    for (const unit of lfn) {
      let wc = unit;
      for (let k = 0; k < 16; k++) {
        sr = (sr << 1) + (wc & 1);
        wc >>= 1;
        if (sr & 0x10000) sr ^= 0x11021;
      }
    }
    seq = sr;
  }
  const ns: number[] = [];
  do {
    const d = seq % 16;
    ns.unshift(d < 10 ? 0x30 + d : 0x37 + d);
    seq = Math.floor(seq / 16);
  } while (seq);
  ns.unshift(0x7e);
  const start = 8 - ns.length;
  let j = 0;
  while (j < start && dst[j] !== 0x20) j++;
  for (let k = 0; j < 8; j++, k++) dst[j] = k < ns.length ? ns[k] : 0x20;
  return dst;
}

/** Checksum of a short name that its long-name entries carry. */
export function sfnChecksum(sfn: Uint8Array, at = 0): number {
  let sum = 0;
  for (let k = 0; k < 11; k++) sum = (((sum >> 1) | (sum << 7)) + sfn[at + k]) & 0xff;
  return sum;
}

/** Byte offsets of the 13 UTF-16 units in a long-name entry. */
export const LFN_OFFSETS = [1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30];

/** The long name in the API's encoding: each unit back to its CP437 byte, then UTF-8 (as
 * MicroPython makes a str of them; invalid UTF-8 becomes U+FFFD here, a UnicodeError there).
 * null when a unit has no CP437 byte (FatFs then shows the short name). */
export function lfnToString(units: Uint16Array, length: number): string | null {
  const out = new Uint8Array(length);
  for (let k = 0; k < length; k++) {
    const b = OEM_OF_UNI.get(units[k]);
    if (b === undefined || b === 0) return null;
    out[k] = b;
  }
  return dec.decode(out);
}

/** The short name shown when there is no long one: "BODY.EXT" lower-cased by the NT case
 * bits; "?" for an empty one. */
export function sfnToString(entry: Uint8Array, at: number): string {
  const ntres = entry[at + 12];
  const out: number[] = [];
  let lcf: number = NS.BODY;
  for (let k = 0; k < 11; k++) {
    let c = entry[at + k];
    if (c === 0x20) continue;
    if (c === 0x05) c = 0xe5;
    if (k === 8) {
      out.push(0x2e);
      lcf = NS.EXT;
    }
    if (c >= 0x41 && c <= 0x5a && (ntres & lcf)) c += 0x20;
    out.push(c);
  }
  if (out.length === 0) return "?";
  const nul = out.indexOf(0);
  return dec.decode(Uint8Array.from(nul < 0 ? out : out.slice(0, nul)));
}

/** Whether two names are the same directory entry to FatFs (same long name ignoring case, or
 * the same lossless 8.3 name). */
export function sameName(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const x = makeName(a);
  const y = makeName(b);
  if (x.lfn.length === y.lfn.length && x.lfn.every((u, k) => wtoupper(u) === wtoupper(y.lfn[k]))) {
    return true;
  }
  if (!(x.flags & NS.LOSS) && !(y.flags & NS.LOSS)) return x.sfn.every((c, k) => c === y.sfn[k]);
  return false;
}
