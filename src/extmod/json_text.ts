// Text helpers for json: MicroPython keeps str as UTF-8 bytes and only checks their structure
// (py/unicode.c utf8_check), so encoded surrogates and overlong forms are valid str data there.
// These helpers turn such bytes into JS strings the same way.
import { raise, UnicodeError } from "../py/obj_exception.ts";

const strictDecoder = new TextDecoder("utf-8", { fatal: true });

/** MicroPython's utf8_check: lead bytes followed by the right number of continuation bytes. */
export function utf8Check(data: Uint8Array): boolean {
  let need = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (need > 0) {
      if ((c & 0xc0) !== 0x80) return false;
      need--;
    } else if (c >= 0xf8) return false;
    else if (c >= 0xf0) need = 3;
    else if (c >= 0xe0) need = 2;
    else if (c >= 0xc0) need = 1;
    else if (c >= 0x80) return false;
  }
  return need === 0;
}

/** Decode UTF-8 the way MicroPython reads its str data: well-formed text as usual; sequences the
 * strict decoder rejects (surrogates, overlong forms) by their bits; a stray byte as the char
 * of the same number (MicroPython would keep the raw byte, which a JS string cannot). */
export function decodeLoose(data: Uint8Array): string {
  try {
    return strictDecoder.decode(data);
  } catch {
    // fall through to the byte walk
  }
  let out = "";
  for (let i = 0; i < data.length;) {
    const c = data[i];
    const n = c >= 0xf0 && c < 0xf8 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) ok = i + k < data.length && (data[i + k] & 0xc0) === 0x80;
    if (!ok) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) cp = (cp << 6) | (data[i + k] & 0x3f);
    out += String.fromCodePoint(cp);
    i += n + 1;
  }
  return out;
}

/** Bytes that must become a str: checked as mp_obj_new_str does (UnicodeError, no message). */
export function strFromUtf8(data: Uint8Array): string {
  if (!utf8Check(data)) raise(UnicodeError);
  return decodeLoose(data);
}

/** UTF-8 of one code point, as latin-1 chars (vstr_add_char). */
export function utf8Chars(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  if (cp < 0x10000) {
    return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return String.fromCharCode(
    0xf0 | (cp >> 18),
    0x80 | ((cp >> 12) & 0x3f),
    0x80 | ((cp >> 6) & 0x3f),
    0x80 | (cp & 0x3f),
  );
}
