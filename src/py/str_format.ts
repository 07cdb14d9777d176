// The format-spec mini-language and str.format (py/objstr.c str_format / mp_print_*), with
// MicroPython's quirks: widths count UTF-8 bytes, field names can't index or take attributes,
// floats ignore grouping, a float with a spec but no type uses 'g'.
import { addMethods, type Kw, type PyValue, strType, typeOf } from "./obj.ts";
import { IndexError, KeyError, NotImplementedError, raise, ValueError } from "./obj_exception.ts";
import { PyFloat } from "./obj_float.ts";
import { bytesType, PyBytes } from "./obj_bytes.ts";
import { bigIntToDouble, formatFloat } from "./float_format.ts";
import { wordInt } from "./obj_int.ts";
import { repr, str } from "./runtime.ts";
import { notStr } from "./obj_str.ts";
import { byteLength, cpText, encodeUtf8 } from "./str_utf8.ts";

/** A parsed format spec: [[fill]align][sign][#][0][width][,|_][.precision][type]. An empty
 * fill/align means "not given" (formatValue picks the default for the value's kind). */
export interface Spec {
  fill: string;
  align: string; // "" | "<" | ">" | "^" | "="
  sign: string; // "" | "+" | "-" | " "
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string; // "" | "," | "_"
  precision: number; // -1 = none
  type: string; // "" or one letter
}

const isAlign = (c: string | undefined) => c === "<" || c === ">" || c === "^" || c === "=";
const isDigitAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** A spec with nothing set but fill and alignment. */
export function defaultSpec(fill: string, align: string): Spec {
  return {
    fill,
    align,
    sign: "",
    alt: false,
    zero: false,
    width: -1,
    grouping: "",
    precision: -1,
    type: "",
  };
}

/** Parse a spec like py/objstr.c: alignment is tried before fill+alignment, the fill is one
 * ASCII char, '0' is part of the width, a missing width/precision number leaves it unset, and
 * anything after an optional type letter is invalid. */
export function parseSpec(s: string): Spec {
  const spec = defaultSpec("", "");
  let i = 0;
  if (isAlign(s[0])) {
    spec.align = s[0];
    i = 1;
  } else if (s.length >= 2 && s.charCodeAt(0) < 0x80 && isAlign(s[1])) {
    spec.fill = s[0];
    spec.align = s[1];
    i = 2;
  }
  if (s[i] === "+" || s[i] === "-" || s[i] === " ") spec.sign = s[i++];
  if (s[i] === "#") {
    spec.alt = true;
    i++;
  }
  if (s[i] === "0") spec.zero = true;
  let j = i;
  while (isDigitAt(s, j)) j++;
  if (j > i) spec.width = +s.slice(i, j);
  i = j;
  if (s[i] === "," || s[i] === "_") spec.grouping = s[i++];
  if (s[i] === ".") {
    j = ++i;
    while (isDigitAt(s, j)) j++;
    if (j > i) spec.precision = +s.slice(i, j);
    i = j;
  }
  if (i < s.length && "bcdeEfFgGnosxX%".includes(s[i])) spec.type = s[i++];
  if (i < s.length) raise(ValueError, "invalid format specifier");
  return spec;
}

/** Pad `body` (with `lead` = sign and prefix, kept before '=' padding) to `width`. */
export function pad(
  lead: string,
  body: string,
  width: number,
  fill: string,
  align: string,
  n = byteLength(lead) + byteLength(body),
): string {
  if (width <= n) return lead + body;
  const p = fill.repeat(width - n);
  switch (align) {
    case "<":
      return lead + body + p;
    case "^": {
      const left = Math.floor((width - n) / 2);
      return p.slice(0, left) + lead + body + p.slice(left);
    }
    case "=":
      return lead + p + body;
    default:
      return p + lead + body;
  }
}

/** Insert a grouping char every `every` digits from the right. */
export function group(digits: string, sep: string, every: number): string {
  if (digits.length <= every) return digits;
  let out = "";
  let first = digits.length % every;
  if (first === 0) first = every;
  out = digits.slice(0, first);
  for (let i = first; i < digits.length; i += every) out += sep + digits.slice(i, i + every);
  return out;
}

function signOf(neg: boolean, sign: string): string {
  return neg ? "-" : sign === "+" ? "+" : sign === " " ? " " : "";
}

/** Zero padding of `n` chars that continues the digit grouping of a `p`-char number (a
 * separator every `every` digits; one that lands last is still followed by a '0', and so is
 * a number that ends on a separator's place even when no padding is due). */
function groupedZeros(p: number, n: number, sep: string, every: number): string {
  if (n === 0) return p % (every + 1) === 0 ? "0" : "";
  let s = "";
  while (n > 0) {
    if (++p % (every + 1) === 0) {
      s = sep + s;
      p++;
      n--;
    }
    s = "0" + s;
    n--;
  }
  return s;
}

/** Zero fill with grouping (every 3 for ',', 4 for '_'): the zeros continue the grouping of
 * the text beside them. MicroPython 1.27's centring fills one side, then the other against
 * the first one's length: the left first for an odd pad, the right first for an even one. */
function zeroFillGrouped(
  lead: string,
  body: string,
  width: number,
  align: string,
  sep: string,
  bodyBytes = byteLength(body),
): string {
  const every = sep === "," ? 3 : 4;
  const zeros = (p: number, n: number) => groupedZeros(p, n, sep, every);
  if (align === "=") {
    const n = width - lead.length - bodyBytes;
    return n < 0 ? lead + body : lead + zeros(bodyBytes, n) + body;
  }
  const text = lead + body;
  const len = lead.length + bodyBytes;
  const n = width - len;
  if (n < 0) return text;
  if (align === "<") return text + zeros(len, n);
  if (align !== "^") return zeros(len, n) + text;
  const nl = n >> 1, nr = n - nl;
  let left: string, right: string;
  if (n % 2 === 1) {
    left = zeros(len + nr, nl);
    right = zeros(len + left.length, nr);
  } else {
    right = zeros(len + nl, nr);
    left = zeros(len + right.length, nl);
  }
  return left + text + right;
}

/** MicroPython stores a char made from an int as one byte; a str holding a lone byte >= 0x80
 * reads back as the code point its UTF-8 decoder makes of it (the lead byte's payload bits). */
export function loneByteChar(b: number): number {
  if (b < 0x80) return b;
  let ord = b & 0x7f;
  for (let mask = 0x40; ord & mask; mask >>= 1) ord &= ~mask;
  return ord;
}

/** Bytes that need not be valid UTF-8 read back as MicroPython's str decoder reads them: a
 * lead byte gives its payload bits and takes in every continuation byte after it, and a stray
 * continuation byte is no character. (A code point past U+10FFFF can't be held here.) */
export function mpReadBack(data: Uint8Array): string {
  let out = "";
  for (let i = 0; i < data.length;) {
    const b = data[i++];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      continue;
    }
    if ((b & 0xc0) === 0x80) continue;
    let ord = loneByteChar(b);
    while (i < data.length && (data[i] & 0xc0) === 0x80) ord = ord * 64 + (data[i++] & 0x3f);
    out += cpText(ord > 0x10ffff ? 0xfffd : ord);
  }
  return out;
}

/** The first `n` UTF-8 bytes of `s` (MicroPython's precision counts bytes), read back the way
 * its decoder reads a cut sequence. */
export function utf8Prefix(s: string, n: number): string {
  const data = encodeUtf8(s);
  return n >= data.length ? s : mpReadBack(data.subarray(0, n));
}

/** Format an int (number|bigint) with a resolved spec (fill and align set) whose type is one of
 * b c d o x X n or "" (py/mpprint.c mp_print_mp_int). */
export function formatIntSpec(v: number | bigint, spec: Spec): string {
  const t = spec.type;
  const align = spec.align;
  if (t === "c") {
    const ch = String.fromCharCode(loneByteChar(wordInt(v) & 0xff));
    const al = align === "=" ? ">" : align;
    if (spec.grouping !== "" && spec.fill === "0") {
      return zeroFillGrouped("", ch, spec.width, al, spec.grouping);
    }
    return pad("", ch, spec.width, spec.fill, al);
  }
  const neg = v < 0;
  const mag = neg ? -v : v;
  let digits: string;
  let prefix = "";
  let every = 3;
  switch (t) {
    case "b":
      digits = mag.toString(2);
      prefix = "0b";
      every = 4;
      break;
    case "o":
      digits = mag.toString(8);
      prefix = "0o";
      every = 4;
      break;
    case "x":
      digits = mag.toString(16);
      prefix = "0x";
      every = 4;
      break;
    case "X":
      digits = mag.toString(16).toUpperCase();
      prefix = "0X";
      every = 4;
      break;
    default:
      digits = mag.toString();
  }
  const sep = spec.grouping;
  if (sep !== "") digits = group(digits, sep, every);
  const lead = signOf(neg, spec.sign) + (spec.alt ? prefix : "");
  const fill = spec.fill;
  if (sep === "" || fill !== "0") return pad(lead, digits, spec.width, fill, align);
  return zeroFillGrouped(lead, digits, spec.width, align, sep);
}

/** Format a float with a resolved spec whose type is one of e E f F g G n % or "". */
export function formatFloatSpec(x: number, spec: Spec): string {
  let t = spec.type;
  let suffix = "";
  if (t === "" || t === "n") t = "g";
  else if (t === "%") {
    x *= 100;
    t = "f";
    suffix = "%";
  }
  // The sign is formatted with the digits: it takes a byte of MicroPython's 32-byte buffer.
  const signChar = spec.sign === "+" || spec.sign === " " ? spec.sign : "";
  let body = formatFloat(x, t, spec.precision, signChar);
  const neg = body[0] === "-";
  if (neg || (signChar !== "" && body[0] === signChar)) body = body.slice(1);
  const lead = signOf(neg, spec.sign);
  body += suffix;
  if (spec.grouping !== "" && spec.fill === "0") {
    // the digits aren't grouped, but zero padding is, as if the text were digits
    return zeroFillGrouped(lead, body, spec.width, spec.align, spec.grouping);
  }
  return pad(lead, body, spec.width, spec.fill, spec.align);
}

function unknownCode(t: string, v: PyValue): never {
  return raise(ValueError, `unknown format code '${t}' for object of type '${typeOf(v).name}'`);
}

/** format(v, spec) as str.format applies it to one field (after any !r/!s conversion). */
export function formatValue(v: PyValue, specText: string): string {
  if (specText === "") return str(v);
  const spec = parseSpec(specText);
  const t = spec.type;
  const isInt = typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
  const numeric = isInt || v instanceof PyFloat;
  if (spec.zero) {
    if (spec.align === "" && numeric) spec.align = "=";
    if (spec.fill === "") spec.fill = "0";
  }
  if (spec.fill === "") spec.fill = " ";
  if (spec.align === "") spec.align = numeric ? ">" : "<";
  if (spec.sign === "+" || spec.sign === " ") {
    if (t === "s") raise(ValueError, "sign not allowed in string format specifier");
    if (t === "c") raise(ValueError, "sign not allowed with integer format specifier 'c'");
  }
  if (isInt) {
    const i = typeof v === "boolean" ? (v ? 1 : 0) : v;
    if (t === "" || "bcdoxXn".includes(t)) return formatIntSpec(i, spec);
    if ("eEfFgG%".includes(t)) {
      return formatFloatSpec(typeof i === "bigint" ? bigIntToDouble(i) : i, spec);
    }
    return unknownCode(t, v);
  }
  if (numeric) {
    if (t === "" || "eEfFgGn%".includes(t)) return formatFloatSpec((v as PyFloat).value, spec);
    return unknownCode(t, v);
  }
  if (spec.align === "=") raise(ValueError, "'=' alignment not allowed in string format specifier");
  if (t !== "" && t !== "s") return unknownCode(t, v);
  // The padding counts the bytes of the text (a cut UTF-8 sequence too); zero fill with
  // grouping groups the padding as it would a number's.
  const padText = (s: string, n: number) =>
    spec.grouping !== "" && spec.fill === "0"
      ? zeroFillGrouped("", s, spec.width, spec.align, spec.grouping, n)
      : pad("", s, spec.width, spec.fill, spec.align, n);
  // a bytes object's own bytes are the text (mp_obj_str_get_data), its precision in bytes
  if (v instanceof PyBytes && v.type === bytesType) {
    const data = spec.precision >= 0 ? v.data.subarray(0, spec.precision) : v.data;
    return padText(new TextDecoder().decode(data), data.length);
  }
  if (typeof v !== "string") return notStr(v);
  let s = v;
  let n = byteLength(s);
  if (spec.precision >= 0 && spec.precision < n) {
    s = utf8Prefix(s, spec.precision);
    n = spec.precision;
  }
  return padText(s, n);
}

/** The replacement fields of `fmt` (py/objstr.c mp_obj_str_format_helper). `st.next` is the
 * next automatic argument index, or -1 once a field was numbered by hand; nested fields in a
 * spec share it, so they take the automatic arguments after their field's own. */
function formatHelper(fmt: string, args: PyValue[], kw: Kw, st: { next: number }): string {
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    let j = i;
    let c = 0;
    while (j < n && (c = fmt.charCodeAt(j)) !== 123 && c !== 125) j++;
    if (j > i) out += fmt.slice(i, j);
    if (j >= n) break;
    i = j + 1;
    if (c === 125) {
      if (fmt.charCodeAt(i) !== 125) raise(ValueError, "single '}' encountered in format string");
      out += "}";
      i++;
      continue;
    }
    if (fmt.charCodeAt(i) === 123) {
      out += "{";
      i++;
      continue;
    }
    // replacement_field ::= "{" [field_name] ["!" conversion] [":" format_spec] "}"
    j = i;
    while (j < n && (c = fmt.charCodeAt(j)) !== 125 && c !== 33 && c !== 58) j++;
    const name = j > i ? fmt.slice(i, j) : "";
    let conv = 0;
    if (c === 33 && j < n) {
      conv = fmt.charCodeAt(++j);
      if (conv === 114 || conv === 115) j++;
      else if (j >= n) raise(ValueError, "end of format while looking for conversion specifier");
      else raise(ValueError, `unknown conversion specifier ${fmt[j]}`);
    }
    let spec = "";
    if (j < n && fmt.charCodeAt(j) === 58 && fmt.charCodeAt(++j) !== 125) {
      const start = j;
      for (let nest = 1; j < n; j++) {
        c = fmt.charCodeAt(j);
        if (c === 123) nest++;
        else if (c === 125 && --nest === 0) break;
      }
      spec = fmt.slice(start, j);
    }
    if (j >= n) raise(ValueError, "unmatched '{' in format");
    if (fmt.charCodeAt(j) !== 125) raise(ValueError, "expected ':' after format specifier");
    i = j + 1;
    let v: PyValue;
    if (name === "") {
      if (st.next < 0) {
        raise(
          ValueError,
          "can't switch from manual field specification to automatic field numbering",
        );
      }
      if (st.next >= args.length) raise(IndexError, "tuple index out of range");
      v = args[st.next++];
    } else {
      let k = 0;
      if (isDigitAt(name, 0)) {
        if (st.next > 0) {
          raise(
            ValueError,
            "can't switch from automatic field numbering to manual field specification",
          );
        }
        let index = 0;
        for (; isDigitAt(name, k); k++) index = index * 10 + name.charCodeAt(k) - 48;
        if (index >= args.length) raise(IndexError, "tuple index out of range");
        v = args[index];
        st.next = -1;
      } else {
        while (k < name.length && (c = name.charCodeAt(k)) !== 46 && c !== 91) k++;
        const key = k < name.length ? name.slice(0, k) : name;
        const kv = kw?.get(key);
        if (kv === undefined) raise(KeyError, key);
        v = kv!;
      }
      if (k < name.length) raise(NotImplementedError, "attributes not supported");
    }
    if (conv !== 0) v = conv === 114 ? repr(v) : str(v);
    if (spec === "") out += str(v);
    else {
      if (spec.indexOf("{") >= 0) spec = formatHelper(spec, args, kw, st);
      out += formatValue(v, spec);
    }
  }
  return out;
}

/** str.format(*args, **kwargs). */
export function strFormat(fmt: string, args: PyValue[], kw: Kw): string {
  return formatHelper(fmt, args, kw, { next: 0 });
}

addMethods(strType, [
  ["format", (a, kw) => strFormat(a[0] as string, a.slice(1), kw), 1, -1, true],
]);
