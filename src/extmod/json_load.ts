// json.loads' parser (extmod/modjson.c mod_json_load): one pass, no recursion, and as lenient
// as MicroPython's: ',' and ':' count as whitespace, brackets need not match in kind, only in
// number, and a NUL byte reads as the end of the input.
//
// It runs over a JS string. For str input (and bytes that are well-formed UTF-8) each char is
// taken as is; MicroPython reads bytes, which only differs where a \u escape swallows part of a
// multi-byte char, so that rare case re-parses the UTF-8 bytes as latin-1 chars ("byte mode"),
// where string values are rebuilt from their bytes as MicroPython does.
import type { PyValue } from "../py/obj.ts";
import { PyDict } from "../py/obj_dict.ts";
import { raise, ValueError } from "../py/obj_exception.ts";
import { parseFloatText, PyFloat } from "../py/obj_float.ts";
import { parseIntText } from "../py/obj_int.ts";
import { PyList } from "../py/obj_list.ts";
import { latin1 } from "../py/obj_bytes.ts";
import { encodeUtf8 } from "../py/obj_str.ts";
import { cpText } from "../py/str_utf8.ts";
import { strFromUtf8, utf8Chars } from "./json_text.ts";

/** Thrown in char mode when a \u escape would split a multi-byte char. */
const NEEDS_BYTES = Symbol("json needs byte mode");

const strictDecoder = new TextDecoder("utf-8", { fatal: true });

function syntaxError(): never {
  return raise(ValueError, "syntax error in JSON");
}

/** Single-char escapes after a backslash; anything else stands for itself. */
const SIMPLE_ESCAPES: Record<number, string> = {
  0x62: "\b",
  0x66: "\f",
  0x6e: "\n",
  0x72: "\r",
  0x74: "\t",
};

/** Parse JSON text (a str's chars). */
export function parseJsonText(text: string): PyValue {
  try {
    return parse(text, false);
  } catch (e) {
    if (e !== NEEDS_BYTES) throw e;
    return parse(latin1(encodeUtf8(text)), true);
  }
}

/** Parse JSON bytes. */
export function parseJsonBytes(data: Uint8Array): PyValue {
  let text: string | undefined;
  try {
    text = strictDecoder.decode(data);
  } catch {
    // not well-formed UTF-8: only byte mode reproduces what MicroPython makes of it
  }
  if (text !== undefined) return parseJsonText(text);
  return parse(latin1(data), true);
}

/** Where the last scanned string ended (saves a result tuple per string). */
let scanEnd = 0;

/** The text of a string value; `p` is just past the opening quote. Sets scanEnd. */
function scanString(s: string, p: number, bytes: boolean): string {
  const n = s.length;
  const first = p;
  for (;;) {
    // the common case: no escape before the closing quote
    if (p >= n) syntaxError();
    const c = s.charCodeAt(p);
    if (c === 0x22) {
      scanEnd = p + 1;
      const v = s.slice(first, p);
      return bytes ? fromBytes(v) : v;
    }
    if (c === 0x5c || c === 0) break;
    p++;
  }
  let out = s.slice(first, p);
  let start = p;
  for (;;) {
    if (p >= n) syntaxError();
    const c = s.charCodeAt(p);
    if (c === 0x22) break;
    if (c === 0) syntaxError(); // a NUL is the end of the input
    if (c !== 0x5c) {
      p++;
      continue;
    }
    out += s.slice(start, p);
    p++;
    if (p >= n) syntaxError();
    const e = s.charCodeAt(p);
    if (e === 0x75) {
      // \u: four chars, each mapped to a nibble with byte arithmetic and no validation
      let num = 0;
      for (let k = 0; k < 4; k++) {
        p++;
        const ch = p < n ? s.charCodeAt(p) : 0;
        if (ch >= 0x80 && !bytes) throw NEEDS_BYTES;
        let d = ((ch | 0x20) - 0x30) & 0xff;
        if (d > 9) d = (d - 39) & 0xff;
        num = (num << 4) | d;
      }
      out += bytes ? utf8Chars(num) : cpText(num); // "\ud83d\ude00" stays two characters
    } else {
      out += SIMPLE_ESCAPES[e] ?? s[p];
    }
    p++;
    start = p;
  }
  out += s.slice(start, p);
  scanEnd = p + 1;
  return bytes ? fromBytes(out) : out;
}

/** In byte mode a string value's chars are its UTF-8 bytes: rebuild the str from them. */
function fromBytes(v: string): string {
  if (!/[\x80-\xff]/.test(v)) return v;
  const data = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) data[i] = v.charCodeAt(i);
  return strFromUtf8(data);
}

/** A number's text (sign, digits, '.', 'e', '+', '-' in any order) as int or float, with the
 * errors of mp_parse_num_float / mp_parse_num_integer. */
function numberValue(text: string, isFloat: boolean): PyValue {
  if (!isFloat) return parseIntText(text, 10);
  const v = parseFloatText(text);
  if (v === undefined) raise(ValueError, "invalid syntax for number");
  return new PyFloat(v!);
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function parse(s: string, bytes: boolean): PyValue {
  const n = s.length;
  let p = 0;
  const stack: (PyList | PyDict)[] = [];
  let top: PyValue | undefined = undefined;
  let key: PyValue | undefined = undefined;
  let open = 0; // containers entered and not yet closed
  scan: for (;;) {
    if (p >= n) break;
    const c = s.charCodeAt(p);
    if (c === 0) break;
    p++;
    let next: PyValue;
    let enter = false;
    switch (c) {
      case 0x2c: // ,
      case 0x3a: // :
      case 0x20:
      case 0x09:
      case 0x0a:
      case 0x0d:
        continue;
      case 0x6e: // null
        if (s.startsWith("ull", p)) {
          p += 3;
          next = null;
        } else return syntaxError();
        break;
      case 0x66: // false
        if (s.startsWith("alse", p)) {
          p += 4;
          next = false;
        } else return syntaxError();
        break;
      case 0x74: // true
        if (s.startsWith("rue", p)) {
          p += 3;
          next = true;
        } else return syntaxError();
        break;
      case 0x22: {
        next = scanString(s, p, bytes);
        p = scanEnd;
        break;
      }
      case 0x2d:
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37:
      case 0x38:
      case 0x39: {
        const start = p - 1;
        let isFloat = false;
        let plain = true; // only digits after an optional leading '-'
        let v = c === 0x2d ? 0 : c - 0x30;
        for (; p < n; p++) {
          const d = s.charCodeAt(p);
          if (d >= 0x30 && d <= 0x39) {
            v = v * 10 + (d - 0x30);
            continue;
          }
          if (d === 0x2e || d === 0x45 || d === 0x65) isFloat = true;
          else if (d !== 0x2b && d !== 0x2d) break;
          plain = false;
        }
        const len = p - start;
        if (plain && len <= 15 && len > (c === 0x2d ? 1 : 0)) next = c === 0x2d ? 0 - v : v;
        else next = numberValue(s.slice(start, p), isFloat);
        break;
      }
      case 0x5b:
        next = new PyList([]);
        enter = true;
        break;
      case 0x7b:
        next = new PyDict();
        enter = true;
        break;
      case 0x5d:
      case 0x7d:
        open--;
        if (top === undefined) return syntaxError();
        if (stack.length === 0) break scan; // the outermost container closed
        top = stack.pop()!;
        continue;
      default:
        return syntaxError();
    }
    if (top === undefined) {
      top = next;
      if (!enter) break; // a lone primitive
      open++;
      continue;
    }
    if (top instanceof PyList) top.items.push(next);
    else if (key === undefined) {
      if (enter) return syntaxError(); // a container as a dict key
      key = next;
    } else {
      (top as PyDict).set(key, next);
      key = undefined;
    }
    if (enter) {
      open++;
      stack.push(top as PyList | PyDict);
      top = next;
    }
  }
  if (open !== 0) return syntaxError();
  while (p < n && isSpace(s.charCodeAt(p))) p++;
  if (p < n && s.charCodeAt(p) !== 0) return syntaxError();
  if (top === undefined || stack.length !== 0) return syntaxError();
  return top;
}
