// printf-style `fmt % args` for str and bytes (py/objstr.c str_modulo_format).
import { checkName } from "./qstr_limit.ts";
import { intLike, type PyValue, typeOf } from "./obj.ts";
import { KeyError, raise, TypeError, ValueError } from "./obj_exception.ts";
import { PyFloat, toDouble } from "./obj_float.ts";
import { PyTuple } from "./obj_tuple.ts";
import { PyDict } from "./obj_dict.ts";
import { repr, str } from "./runtime.ts";
import { floatToInt, wordInt } from "./obj_int.ts";
import { decodeUtf8, encodeUtf8, strPercentHook } from "./obj_str.ts";
import { bytesType, fromLatin1, latin1, PyBytes } from "./obj_bytes.ts";
import { byteLength } from "./str_utf8.ts";
import { bigIntToDouble } from "./float_format.ts";
import {
  defaultSpec,
  formatFloatSpec,
  loneByteChar,
  pad,
  type Spec,
  utf8Prefix,
} from "./str_format.ts";

function intOf(v: PyValue, allowFloat: boolean): number | bigint {
  const i = intLike(v);
  if (i !== undefined) return i;
  if (allowFloat && v instanceof PyFloat) return floatToInt(v.value);
  return raise(TypeError, `can't convert ${typeOf(v).name} to int`);
}

function floatOf(v: PyValue): number {
  if (typeof v === "bigint") return bigIntToDouble(v);
  const d = toDouble(v);
  if (d !== undefined) return d;
  return raise(TypeError, `can't convert ${typeOf(v).name} to float`);
}

/** A str as the latin-1 form of its UTF-8 bytes (for bytes % args). */
function utf8Latin1(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) return latin1(encodeUtf8(s));
  }
  return s;
}

/** `fmt % args` (py/objstr.c str_modulo_format). With `bytes`, `fmt` and the result are latin-1
 * strings of bytes: %s inserts a bytes argument raw and other text as UTF-8. */
export function percentFormat(fmt: string, argv: PyValue, bytes = false): string {
  const dict = argv instanceof PyDict ? argv : undefined;
  const args: PyValue[] = argv instanceof PyTuple ? argv.items : [argv];
  let ai = 0;
  const next = (): PyValue => {
    if (ai >= args.length) raise(TypeError, "format string needs more arguments");
    return args[ai++];
  };
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const p = fmt.indexOf("%", i);
    if (p < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, p);
    i = p + 1;
    if (i >= n) raise(ValueError, "incomplete format");
    if (fmt.charCodeAt(i) === 37) {
      out += "%";
      i++;
      continue;
    }
    let arg: PyValue | undefined;
    if (fmt[i] === "(") {
      if (dict === undefined) raise(TypeError, "format needs a dict");
      ai = 1; // the dict was the one argument
      const close = fmt.indexOf(")", i);
      if (close < 0) raise(ValueError, "incomplete format key");
      const key = fmt.slice(i + 1, close);
      // MicroPython looks the key up as a qstr, so a key is a name with its length limit.
      arg = dict!.get(checkName(bytes ? decodeUtf8(fromLatin1(key)) : key));
      if (arg === undefined) raise(KeyError, key);
      i = close + 1;
    }
    const spec = defaultSpec(" ", ">");
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === "-") spec.align = "<";
      else if (c === "+") spec.sign = "+";
      else if (c === " ") spec.sign = spec.sign === "+" ? "+" : " ";
      else if (c === "0") spec.zero = true;
      else if (c === "#") spec.alt = true;
      else break;
    }
    if (fmt[i] === "*") {
      spec.width = wordInt(next());
      i++;
    } else {
      const s = i;
      while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) i++;
      if (i > s) spec.width = +fmt.slice(s, i);
    }
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        spec.precision = wordInt(next());
        i++;
      } else {
        const s = i;
        while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) i++;
        spec.precision = +fmt.slice(s, i);
      }
    }
    if (i >= n) raise(ValueError, "incomplete format");
    const t = fmt[i++];
    const v = arg !== undefined ? arg : next();
    out += convertOne(t, v, spec, i - 1, bytes, fmt);
  }
  if (ai !== args.length && dict === undefined) {
    raise(TypeError, "format string didn't convert all arguments");
  }
  return out;
}

/** Pad the text of %s, %r or %c (always with spaces). */
function padText(s: string, spec: Spec, bytes: boolean, n?: number): string {
  if (!bytes) return pad("", s, spec.width, " ", spec.align, n);
  return spec.align === "<" ? s.padEnd(spec.width) : s.padStart(spec.width);
}

function convertOne(
  t: string,
  v: PyValue,
  spec: Spec,
  at: number,
  bytes: boolean,
  fmt: string,
): string {
  // MicroPython pads with zeros even when left-aligned ('%-05d' % 5 == '50000').
  const fill = spec.zero ? "0" : " ";
  switch (t) {
    case "s":
    case "r": {
      let s: string;
      // (exact bytes only: a subclass instance is formatted by str(), as MicroPython does)
      if (bytes && t === "s" && v instanceof PyBytes && v.type === bytesType) s = latin1(v.data);
      else {
        s = t === "s" ? str(v) : repr(v);
        if (bytes) s = utf8Latin1(s);
      }
      if (spec.precision >= 0) {
        if (bytes) s = s.slice(0, spec.precision);
        else if (spec.precision < byteLength(s)) {
          // the padding counts the bytes kept, a cut UTF-8 sequence too
          s = utf8Prefix(s, spec.precision);
          return padText(s, spec, bytes, spec.precision);
        }
      }
      return padText(s, spec, bytes);
    }
    case "c": {
      let s: string;
      if (typeof v === "string") {
        s = bytes ? utf8Latin1(v) : v;
        if (s.length !== 1 || s.charCodeAt(0) >= 0x80) raise(TypeError, "%c needs int or char");
      } else if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
        const byte = wordInt(v) & 0xff;
        s = String.fromCharCode(bytes ? byte : loneByteChar(byte));
      } else return raise(TypeError, "integer needed");
      return padText(s, spec, bytes);
    }
    case "d":
    case "i":
    case "u":
    case "x":
    case "X":
    case "o": {
      const iv = intOf(v, t === "d" || t === "i" || t === "u");
      return intPercent(iv, t === "i" || t === "u" ? "d" : t, spec, fill);
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const s: Spec = { ...spec, type: t, fill };
      s.align = spec.align === "<" ? "<" : spec.zero ? "=" : ">";
      return formatFloatSpec(floatOf(v), s);
    }
  }
  // MicroPython names the char by its first byte (read back as a one-byte str) and its
  // offset in bytes
  const b = bytes ? t.charCodeAt(0) : encodeUtf8(fmt.slice(at, at + 2))[0];
  const c = String.fromCharCode(loneByteChar(b));
  const index = bytes ? at : byteLength(fmt.slice(0, at));
  return raise(
    ValueError,
    `unsupported format character '${c}' (0x${b.toString(16)}) at index ${index}`,
  );
}

function intPercent(v: number | bigint, t: string, spec: Spec, fill: string): string {
  const neg = v < 0;
  const mag = neg ? -v : v;
  let digits = t === "d" ? mag.toString() : mag.toString(t === "o" ? 8 : 16);
  if (t === "X") digits = digits.toUpperCase();
  if (spec.precision >= 0) digits = digits.padStart(spec.precision, "0");
  let lead = neg ? "-" : spec.sign;
  if (spec.alt && t !== "d") lead += t === "o" ? "0o" : t === "X" ? "0X" : "0x";
  // a precision above 1 pads the digits with zeros, then the field with spaces
  if (spec.align === "<") {
    return pad(lead, digits, spec.width, spec.precision > 1 ? " " : fill, "<");
  }
  if (spec.zero) {
    // With the '0' flag MicroPython zero-fills to the larger of width and precision, sign and
    // prefix included ('%0.3d' % -1 == '-01'), instead of zero-padding the digits.
    const raw = spec.precision >= 0 ? digits.replace(/^0+(?=.)/, "") : digits;
    return pad(lead, raw, Math.max(spec.width, spec.precision), "0", "=");
  }
  return pad(lead, digits, spec.width, " ", ">");
}

strPercentHook.format = (fmt, args) => percentFormat(fmt, args);
