// The text a regex runs over. MicroPython matches str and bytes alike on their bytes (a str
// as UTF-8), so offsets, `.` and classes work per byte; a piece cut from a str is decoded
// again, and one that splits a character raises UnicodeError.
import { type PyValue } from "../py/obj.ts";
import { PyBytes } from "../py/obj_bytes.ts";
import { decodeUtf8, encodeUtf8, notStr } from "../py/obj_str.ts";

export interface Subject {
  bytes: Uint8Array;
  /** The str itself, or null for bytes. */
  text: string | null;
  /** A str whose bytes are its characters (offsets equal string indices). */
  ascii: boolean;
}

// Loops often search the same (large) str again: keep its encoding.
let lastText = "";
let lastSubject: Subject = { bytes: new Uint8Array(0), text: "", ascii: true };

/** mp_obj_str_get_data: the bytes of a str or bytes; anything else is a TypeError. */
export function subjectOf(v: PyValue): Subject {
  if (typeof v === "string") {
    if (v === lastText) return lastSubject;
    const bytes = encodeUtf8(v);
    lastText = v;
    lastSubject = { bytes, text: v, ascii: bytes.length === v.length };
    return lastSubject;
  }
  if (v instanceof PyBytes) return { bytes: v.data, text: null, ascii: false };
  return notStr(v);
}

/** The piece [from, to) as a value of the subject's type (mp_obj_new_str_of_type). */
export function pieceOf(subj: Subject, from: number, to: number): PyValue {
  if (subj.text === null) return new PyBytes(subj.bytes.slice(from, to));
  if (subj.ascii) return subj.text.slice(from, to);
  return decodeUtf8(subj.bytes.subarray(from, to));
}

/** A value built from bytes, typed like the subject. MicroPython doesn't check the UTF-8 of
 * a str that re.sub builds; here invalid sequences become U+FFFD. */
export function valueFromBytes(subj: Subject, data: Uint8Array): PyValue {
  if (subj.text === null) return new PyBytes(data.slice());
  return lossyDecoder.decode(data);
}

const lossyDecoder = new TextDecoder("utf-8");

/** mp_obj_str_get_str: the bytes of a str or bytes pattern or template, up to the first NUL
 * (the C code reads them as a C string). */
export function cStringOf(v: PyValue): Uint8Array {
  let data: Uint8Array;
  if (typeof v === "string") data = encodeUtf8(v);
  else if (v instanceof PyBytes) data = v.data;
  else return notStr(v);
  const nul = data.indexOf(0);
  return nul < 0 ? data : data.subarray(0, nul);
}
