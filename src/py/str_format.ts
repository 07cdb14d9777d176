// The format-spec mini-language and str.format (py/objstr.c str_format / mp_print_*), with
// MicroPython's quirks: widths count UTF-8 bytes, field names can't index or take attributes,
// floats ignore grouping, a float with a spec but no type uses 'g'.
import { addMethods, type Kw, type PyValue, strType, typeOf } from "./obj.ts";
import { IndexError, KeyError, NotImplementedError, raise, ValueError } from "./obj_exception.ts";
import { PyFloat } from "./obj_float.ts";
import { formatFloat } from "./float_format.ts";
import { repr, str } from "./runtime.ts";
import { notStr } from "./obj_str.ts";

/** A parsed format spec: [[fill]align][sign][#][0][width][,|_][.precision][type]. */
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

export function parseSpec(s: string): Spec {
  const spec: Spec = {
    fill: " ",
    align: "",
    sign: "",
    alt: false,
    zero: false,
    width: -1,
    grouping: "",
    precision: -1,
    type: "",
  };
  let i = 0;
  if (s.length >= 2 && isAlign(s[1])) {
    spec.fill = s[0];
    spec.align = s[1];
    i = 2;
  } else if (isAlign(s[0])) {
    spec.align = s[0];
    i = 1;
  }
  if (s[i] === "+" || s[i] === "-" || s[i] === " ") spec.sign = s[i++];
  if (s[i] === "#") {
    spec.alt = true;
    i++;
  }
  if (s[i] === "0") {
    spec.zero = true;
    i++;
  }
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  if (j > i) spec.width = +s.slice(i, j);
  i = j;
  if (s[i] === "," || s[i] === "_") spec.grouping = s[i++];
  if (s[i] === ".") {
    j = ++i;
    while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    spec.precision = +s.slice(i, j);
    i = j;
  }
  if (i < s.length) spec.type = s[i++];
  if (i < s.length) raise(ValueError, "invalid format specifier");
  return spec;
}

/** Length for padding purposes: MicroPython counts UTF-8 bytes. */
export function byteLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 ? 1 : c >= 0xd800 && c < 0xdc00 ? 0 : 2;
  }
  return n;
}

/** Pad `body` (with `lead` = sign and prefix, kept before '=' padding) to `width`. */
export function pad(
  lead: string,
  body: string,
  width: number,
  fill: string,
  align: string,
): string {
  const n = byteLength(lead) + byteLength(body);
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

/** Format an int (number|bigint) with a spec whose type is one of b c d o x X n or "". */
export function formatIntSpec(v: number | bigint, spec: Spec): string {
  const neg = v < 0;
  const mag = neg ? -v : v;
  let t = spec.type;
  if (t === "c") {
    return pad("", String.fromCodePoint(Number(mag)), spec.width, spec.fill, spec.align || ">");
  }
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
    case "X":
      digits = mag.toString(16);
      prefix = "0x";
      every = 4;
      if (t === "X") {
        digits = digits.toUpperCase();
        prefix = "0X";
      }
      break;
    default:
      t = "d";
      digits = mag.toString();
  }
  const lead = signOf(neg, spec.sign) + (spec.alt && t !== "d" ? prefix : "");
  if (spec.zero && spec.align === "" && spec.width > 0) {
    const room = spec.width - lead.length;
    if (spec.grouping !== "") {
      let d = digits.length;
      while (d + Math.floor((d - 1) / every) < room) d++;
      digits = digits.padStart(d, "0");
    } else digits = digits.padStart(room, "0");
  }
  if (spec.grouping !== "") digits = group(digits, spec.grouping, every);
  let fill = spec.fill;
  let align = spec.align || ">";
  if (spec.zero && spec.align !== "") fill = "0";
  if (spec.zero && spec.align === "") align = "=";
  return pad(lead, digits, spec.width, fill, align);
}

/** Format a float with a spec whose type is one of e E f F g G n % or "". */
export function formatFloatSpec(x: number, spec: Spec): string {
  let t = spec.type;
  const prec = spec.precision;
  let suffix = "";
  if (t === "" || t === "n") t = "g";
  if (t === "%") {
    x *= 100;
    t = "f";
    suffix = "%";
  }
  let body = formatFloat(x, t, prec, "");
  const neg = body[0] === "-";
  if (neg) body = body.slice(1);
  body += suffix;
  const lead = signOf(neg, spec.sign);
  let fill = spec.fill;
  let align = spec.align || ">";
  if (spec.zero) {
    fill = "0";
    if (spec.align === "") align = "=";
  }
  void prec;
  return pad(lead, body, spec.width, fill, align);
}

/** Format a str with a spec (type "" or "s"). */
export function formatStrSpec(s: string, spec: Spec): string {
  if (spec.align === "=") raise(ValueError, "'=' alignment not allowed in string format specifier");
  if (spec.precision >= 0) s = [...s].slice(0, spec.precision).join("");
  const fill = spec.zero && spec.align === "" ? "0" : spec.fill;
  return pad("", s, spec.width, fill, spec.align || "<");
}

function unknownCode(t: string, v: PyValue): never {
  return raise(ValueError, `unknown format code '${t}' for object of type '${typeOf(v).name}'`);
}

/** format(v, spec) as str.format applies it to one field. */
export function formatValue(v: PyValue, specText: string): string {
  if (specText === "") return str(v);
  const spec = parseSpec(specText);
  const t = spec.type;
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
    const i = typeof v === "boolean" ? (v ? 1 : 0) : v;
    if ("bcdoxXn".includes(t) || t === "") return formatIntSpec(i, spec);
    if ("eEfFgG%".includes(t)) return formatFloatSpec(Number(i), spec);
    return unknownCode(t, v);
  }
  if (v instanceof PyFloat) {
    if ("eEfFgGn%".includes(t) || t === "") return formatFloatSpec(v.value, spec);
    return unknownCode(t, v);
  }
  if (typeof v === "string") {
    if (t === "" || t === "s") return formatStrSpec(v, spec);
    return unknownCode(t, v);
  }
  if (t !== "" && t !== "s") return unknownCode(t, v);
  return notStr(v);
}

/** str.format(*args, **kwargs). */
export function strFormat(fmt: string, args: PyValue[], kw: Kw): string {
  let out = "";
  let auto = -1; // -1 unknown, >= 0 next automatic index, -2 manual numbering
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === "}") {
      if (fmt[i + 1] !== "}") raise(ValueError, "single '}' encountered in format string");
      out += "}";
      i += 2;
      continue;
    }
    if (c !== "{") {
      let j = i + 1;
      while (j < n && fmt[j] !== "{" && fmt[j] !== "}") j++;
      out += fmt.slice(i, j);
      i = j;
      continue;
    }
    if (fmt[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    // Find the matching '}' allowing one level of nested {} in the spec.
    let j = i + 1;
    let depth = 1;
    for (; j < n; j++) {
      if (fmt[j] === "{") depth++;
      else if (fmt[j] === "}" && --depth === 0) break;
    }
    if (j >= n) raise(ValueError, "unmatched '{' in format");
    const field = fmt.slice(i + 1, j);
    i = j + 1;
    let name = field;
    let conv = "";
    let spec = "";
    const colon = field.indexOf(":");
    if (colon >= 0) {
      spec = field.slice(colon + 1);
      name = field.slice(0, colon);
    }
    const bang = name.indexOf("!");
    if (bang >= 0) {
      conv = name.slice(bang + 1);
      name = name.slice(0, bang);
    }
    let v: PyValue;
    if (name === "") {
      if (auto === -2) {
        raise(
          ValueError,
          "can't switch from manual field specification to automatic field numbering",
        );
      }
      if (auto < 0) auto = 0;
      if (auto >= args.length) raise(IndexError, "tuple index out of range");
      v = args[auto++];
    } else if (/^\d+$/.test(name)) {
      if (auto >= 0) {
        raise(
          ValueError,
          "can't switch from automatic field numbering to manual field specification",
        );
      }
      auto = -2;
      const k = +name;
      if (k >= args.length) raise(IndexError, "tuple index out of range");
      v = args[k];
    } else {
      if (/[.[]/.test(name)) raise(NotImplementedError, "attributes not supported");
      const kv = kw?.get(name);
      if (kv === undefined) raise(KeyError, name);
      v = kv!;
    }
    if (conv !== "") {
      if (conv === "r") v = repr(v);
      else if (conv === "s") v = str(v);
      else raise(ValueError, `unknown conversion specifier ${conv}`);
    }
    if (spec.indexOf("{") >= 0) spec = strFormat(spec, args, kw);
    out += formatValue(v, spec);
  }
  return out;
}

addMethods(strType, [
  ["format", (a, kw) => strFormat(a[0] as string, a.slice(1), kw), 1, -1, true],
]);
