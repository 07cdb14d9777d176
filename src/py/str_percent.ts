// printf-style `fmt % args` for str (py/objstr.c str_modulo_format).
import { type PyValue, typeOf } from "./obj.ts";
import { KeyError, raise, TypeError, ValueError } from "./obj_exception.ts";
import { PyFloat } from "./obj_float.ts";
import { PyTuple } from "./obj_tuple.ts";
import { PyDict } from "./obj_dict.ts";
import { repr, str } from "./runtime.ts";
import { asInt, floatToInt } from "./obj_int.ts";
import { strPercentHook } from "./obj_str.ts";
import { formatFloatSpec, formatIntSpec, pad, type Spec } from "./str_format.ts";

function intOf(v: PyValue, allowFloat: boolean): number | bigint {
  const i = asInt(v);
  if (i !== undefined) return i;
  if (allowFloat && v instanceof PyFloat) return floatToInt(v.value);
  return raise(TypeError, `can't convert ${typeOf(v).name} to int`);
}

function floatOf(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const i = asInt(v);
  if (i !== undefined) return Number(i);
  return raise(TypeError, `can't convert ${typeOf(v).name} to float`);
}

/** `fmt % args`. */
export function percentFormat(fmt: string, argv: PyValue): string {
  const isTuple = argv instanceof PyTuple;
  const args: PyValue[] = isTuple ? (argv as PyTuple).items : [argv];
  let ai = 0;
  const next = (): PyValue => {
    if (ai >= args.length) raise(TypeError, "format string needs more arguments");
    return args[ai++];
  };
  let usedDict = false;
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
    let arg: PyValue | undefined;
    if (fmt[i] === "(") {
      const close = fmt.indexOf(")", i);
      if (close < 0) raise(ValueError, "incomplete format key");
      if (!(argv instanceof PyDict)) raise(TypeError, "format needs a dict");
      const key = fmt.slice(i + 1, close);
      arg = (argv as PyDict).get(key);
      if (arg === undefined) raise(KeyError, key);
      usedDict = true;
      i = close + 1;
    }
    const spec: Spec = {
      fill: " ",
      align: ">",
      sign: "",
      alt: false,
      zero: false,
      width: -1,
      grouping: "",
      precision: -1,
      type: "",
    };
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
      spec.width = Number(intOf(next(), false));
      i++;
    } else {
      const s = i;
      while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) i++;
      if (i > s) spec.width = +fmt.slice(s, i);
    }
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        spec.precision = Number(intOf(next(), false));
        i++;
      } else {
        const s = i;
        while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) i++;
        spec.precision = +fmt.slice(s, i);
      }
    }
    if (i >= n) raise(ValueError, "incomplete format");
    const t = fmt[i++];
    if (t === "%") {
      out += "%";
      continue;
    }
    const v = arg !== undefined ? arg : next();
    out += convertOne(t, v, spec, i - 1);
  }
  if (!usedDict && ai < args.length && !(argv instanceof PyDict)) {
    raise(TypeError, "format string didn't convert all arguments");
  }
  return out;
}

function convertOne(t: string, v: PyValue, spec: Spec, at: number): string {
  // MicroPython pads with zeros even when left-aligned ('%-05d' % 5 == '50000').
  const fill = spec.zero ? "0" : " ";
  switch (t) {
    case "s":
    case "r":
    case "a": {
      let s = t === "s" ? str(v) : repr(v);
      if (spec.precision >= 0) s = [...s].slice(0, spec.precision).join("");
      return pad("", s, spec.width, " ", spec.align);
    }
    case "c": {
      let s: string;
      if (typeof v === "string") {
        if ([...v].length !== 1) raise(TypeError, "%c needs int or char");
        s = v;
      } else {
        const i = asInt(v);
        if (i === undefined) return raise(TypeError, "%c needs int or char");
        s = String.fromCodePoint(Number(i) & 0xff);
      }
      return pad("", s, spec.width, " ", spec.align);
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
      const x = floatOf(v);
      const s: Spec = { ...spec, type: t, precision: spec.precision };
      if (spec.align === "<" && spec.zero) {
        s.zero = false;
        return formatFloatSpec(x, s).padEnd(spec.width, "0");
      }
      if (!spec.zero) s.align = spec.align;
      else s.align = "";
      return formatFloatSpec(x, s);
    }
  }
  return raise(
    ValueError,
    `unsupported format character '${t}' (0x${t.charCodeAt(0).toString(16)}) at index ${at}`,
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
  if (spec.align === "<") return pad(lead, digits, spec.width, fill, "<");
  if (spec.zero) return pad(lead, digits, spec.width, "0", "=");
  void formatIntSpec;
  return pad(lead, digits, spec.width, " ", ">");
}

strPercentHook.format = (fmt, args) => percentFormat(fmt, args);
