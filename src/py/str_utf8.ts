// UTF-8 as MicroPython's str stores it (py/unicode.c). A str here is a JS string: a high and
// a low surrogate in a row are one character outside the BMP, any other surrogate is a
// character of its own, which MicroPython encodes as 3 bytes (ED A0 80 for U+D800) instead of
// TextEncoder's replacement character.

/** Is there a surrogate pair (one astral character) at UTF-16 offset `u` of `s`? */
export function pairAt(s: string, u: number): boolean {
  const c = s.charCodeAt(u);
  if (c < 0xd800 || c >= 0xdc00) return false;
  const d = s.charCodeAt(u + 1);
  return d >= 0xdc00 && d < 0xe000;
}

const encoder = new TextEncoder();

/** The UTF-8 bytes of `s`, lone surrogates as 3-byte sequences. */
export function encodeUtf8(s: string): Uint8Array {
  if (s.isWellFormed()) return encoder.encode(s);
  const out: number[] = [];
  for (let u = 0; u < s.length; u++) {
    const c = s.codePointAt(u)!;
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
    out += cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return out;
}
