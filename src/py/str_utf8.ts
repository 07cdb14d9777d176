// UTF-8 as MicroPython's str stores it (py/unicode.c). A str here is a JS string. MicroPython
// holds any code point, surrogates included, each as its own character: "\ud83d\ude00" is two
// characters (6 UTF-8 bytes) there, but two such UTF-16 units in a row are one astral character
// in JS. So a surrogate code point U+D800..U+DFFF is stored as a stand-in from plane 4, which
// Unicode leaves unassigned: U+4D800..U+4DFFF. chr/ord, the lexer, repr, encoding, decoding and
// comparison translate; everything else sees one (astral) character, as MicroPython does. A
// lone surrogate unit that reaches a str some other way is still a character of its own,
// encoded as 3 bytes (ED A0 80 for U+D800) instead of TextEncoder's replacement character.

/** Distance from a surrogate code point to its stand-in. */
const STAND_IN_SHIFT = 0x40000;
/** Lead units of the stand-ins' surrogate pairs (U+4D800..U+4DFFF). */
const STAND_IN_LEAD = /[\uD8F6\uD8F7]/;

/** The JS text of MicroPython code point `cp` (a surrogate becomes its stand-in). */
export function cpText(cp: number): string {
  if (cp >= 0xd800 && cp <= 0xdfff) cp += STAND_IN_SHIFT;
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/** MicroPython's code point for a JS code point (a stand-in becomes its surrogate). */
export function mpCodePoint(cp: number): number {
  return cp >= 0x4d800 && cp <= 0x4dfff ? cp - STAND_IN_SHIFT : cp;
}

/** Is there a surrogate pair (one astral character) at UTF-16 offset `u` of `s`? */
export function pairAt(s: string, u: number): boolean {
  const c = s.charCodeAt(u);
  if (c < 0xd800 || c >= 0xdc00) return false;
  const d = s.charCodeAt(u + 1);
  return d >= 0xdc00 && d < 0xe000;
}

/** The UTF-8 length of `s` as MicroPython stores it (padding, precision and the name limit
 * count bytes). */
export function byteLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a pair is 4 bytes (its 2 units + 2), a stand-in for a surrogate 3
    if (c >= 0x80) n += c < 0x800 ? 1 : !pairAt(s, i) ? 2 : c === 0xd8f6 || c === 0xd8f7 ? -1 : 0;
  }
  return n;
}

const encoder = new TextEncoder();

/** The UTF-8 bytes of `s`, lone surrogates as 3-byte sequences. */
export function encodeUtf8(s: string): Uint8Array {
  if (s.isWellFormed() && !STAND_IN_LEAD.test(s)) return encoder.encode(s);
  const out: number[] = [];
  for (let u = 0; u < s.length; u++) {
    let c = s.codePointAt(u)!;
    if (c >= 0x10000 && (c = mpCodePoint(c)) < 0x10000) u++; // a stand-in's two units
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else {
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f));
      out.push(0x80 | (c & 0x3f));
      u++;
    }
  }
  return new Uint8Array(out);
}

/** Decode bytes that pass MicroPython's utf8_check (lead bytes followed by the right number of
 * continuation bytes) but that TextDecoder rejects, such as encoded surrogates; undefined when
 * the structure is wrong or a code point is past U+10FFFF. */
export function decodeUtf8Loose(data: Uint8Array): string | undefined {
  let out = "";
  for (let i = 0; i < data.length;) {
    const b = data[i++];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      continue;
    }
    if (b < 0xc0 || b >= 0xf8) return undefined;
    const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
    let cp = b & (0x3f >> need);
    for (let k = 0; k < need; k++) {
      const c = data[i++];
      if (c === undefined || (c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp > 0x10ffff) return undefined;
    out += cpText(cp);
  }
  return out;
}

/** Orders two strs as MicroPython does, by their UTF-8 bytes, which is code-point order: JS's
 * UTF-16 order differs where an astral character (a surrogate pair) meets U+E000..U+FFFF, and
 * a stand-in sorts as its surrogate. */
export function strCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i), y = b.charCodeAt(i);
  if (x < 0xd800 && y < 0xd800) return x - y;
  // the difference may fall on the low half of a pair that starts one unit back
  if (i > 0 && (pairAt(a, i - 1) || pairAt(b, i - 1))) i--;
  return mpCodePoint(a.codePointAt(i)!) - mpCodePoint(b.codePointAt(i)!);
}
