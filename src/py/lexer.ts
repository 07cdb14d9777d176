// Tokeniser for Python source, following MicroPython's py/lexer.c behaviour: INDENT/DEDENT from
// columns (tab stops of 8), adjacent string literals joined into one token, f-strings rewritten
// into a str.format template (see fstring.ts), and lexical errors raised as Python SyntaxError.
import { checkName } from "./qstr_limit.ts";
import { cpText } from "./str_utf8.ts";
import type { ConstValue } from "./ast.ts";
import { injectedArgs, nestsFieldFString, scanFString } from "./fstring.ts";
import { syntaxError } from "./compile_error.ts";
import { noteLiteral, noteName } from "./qstr_order.ts";
import {
  IndentationError,
  newException,
  NotImplementedError,
  type PyBaseException,
} from "./obj_exception.ts";

export enum Tk {
  Name,
  Num,
  Str,
  Bytes,
  FStr,
  /** Operators, delimiters and keywords; the text is in `s`. */
  Op,
  Newline,
  Indent,
  Dedent,
  End,
}

/** An f-string field expression: its source text and the line it starts on. */
export interface FExpr {
  src: string;
  line: number;
}

export interface Token {
  k: Tk;
  /** Name, operator/keyword text, str value or f-string format template. */
  s: string;
  line: number;
  /** Number and bytes values (a Num without one is malformed: its error message is in s). */
  v?: ConstValue;
  /** f-string field expressions, in format-argument order. */
  fx?: FExpr[];
}

const KEYWORDS = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

const C_NL = 10, C_SPACE = 32, C_TAB = 9, C_BSLASH = 92, C_HASH = 35;
const C_SQ = 39, C_DQ = 34, C_0 = 48, C_9 = 57, C_DOT = 46, C_US = 95;

function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isIdent(c: number): boolean {
  // like MicroPython, any non-ASCII character may appear in a name
  return isLetter(c) || c === C_US || c >= 0x80 || isDigit(c);
}
function hexVal(c: number): number {
  if (c >= C_0 && c <= C_9) return c - C_0;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Appends the UTF-8 encoding of a code point as byte-valued chars. */
function utf8Chars(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  if (cp < 0x10000) {
    return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return String.fromCharCode(
    0xf0 | (cp >> 18),
    0x80 | ((cp >> 12) & 63),
    0x80 | ((cp >> 6) & 63),
    0x80 | (cp & 63),
  );
}

export class Lexer {
  /** The source; grows when an f-string's format call is injected (see strings()). */
  src: string;
  readonly file: string;
  /** End of injected `.format(...)` text being read, or -1 (py/lexer.c fstring_args). */
  private injectEnd = -1;
  pos = 0;
  line: number;
  lineStart = 0;
  private bracket = 0;
  private indents: number[] = [0];
  private pendingDedents = 0;
  private pendingIndent = false;
  private first = true;

  /** `debug` is the value of `__debug__`, a constant: False when compiling with -O/opt_level(). */
  constructor(source: string, file: string, line = 1, readonly debug = true) {
    let s = source;
    if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
    // MicroPython's reader appends a newline to input that lacks one
    if (s.length > 0 && s.charCodeAt(s.length - 1) !== C_NL) s += "\n";
    this.src = s;
    this.file = file;
    this.line = line;
  }

  error(line: number, msg?: string): PyBaseException {
    return syntaxError(this.file, line, msg);
  }

  private tok(k: Tk, s: string, line = this.line): Token {
    return { k, s, line };
  }

  /** Skips blanks, comments and continuations; returns the line of the first newline seen at
   * bracket level 0, or 0 if none. With `stopAtLineEnd` it stops before such a newline. */
  private skipSpace(stopAtLineEnd = false): number {
    const src = this.src;
    let nlLine = 0;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (c === C_NL) {
        if (stopAtLineEnd && this.bracket === 0) return 0;
        if (nlLine === 0) nlLine = this.line;
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === C_SPACE || (c >= C_TAB && c <= 13)) {
        this.pos++;
      } else if (c === C_HASH) {
        const e = src.indexOf("\n", this.pos);
        this.pos = e < 0 ? src.length : e;
      } else if (c === C_BSLASH && src.charCodeAt(this.pos + 1) === C_NL) {
        this.pos += 2;
        this.line++;
        this.lineStart = this.pos;
      } else {
        return this.bracket > 0 ? 0 : nlLine;
      }
    }
  }

  /** Column of the current position, counting tabs to multiples of 8 (as py/lexer.c). */
  private column(): number {
    let col = 0;
    for (let i = this.lineStart; i < this.pos; i++) {
      col = this.src.charCodeAt(i) === C_TAB ? (col + 8) & ~7 : col + 1;
    }
    return col;
  }

  /** Sets pending INDENT/DEDENTs for a logical line starting at the current position. */
  private indentTo(nlLine: number): void {
    const col = this.pos >= this.src.length ? 0 : this.column();
    const ind = this.indents;
    let top = ind[ind.length - 1];
    if (col > top) {
      ind.push(col);
      this.pendingIndent = true;
    } else if (col < top) {
      while (col < top) {
        ind.pop();
        this.pendingDedents++;
        top = ind[ind.length - 1];
      }
      if (col !== top) {
        throw syntaxError(
          this.file,
          nlLine,
          "unindent doesn't match any outer indent level",
          "",
          IndentationError,
        );
      }
    }
  }

  next(): Token {
    if (this.pendingDedents > 0) {
      this.pendingDedents--;
      return this.tok(Tk.Dedent, "");
    }
    if (this.pendingIndent) {
      this.pendingIndent = false;
      return this.tok(Tk.Indent, "");
    }
    const nlLine = this.skipSpace();
    if (this.first) {
      this.first = false;
      this.indentTo(this.line);
      if (this.pendingIndent) {
        this.pendingIndent = false;
        return this.tok(Tk.Indent, "");
      }
    } else if (nlLine > 0) {
      this.indentTo(nlLine);
      return this.tok(Tk.Newline, "", nlLine);
    }
    const src = this.src;
    const pos = this.pos;
    if (pos >= src.length) return this.tok(Tk.End, "");
    const c = src.charCodeAt(pos);
    if (c === C_SQ || c === C_DQ) return this.strings();
    if (isLetter(c) || c === C_US || c >= 0x80) {
      if (this.prefixLen() > 0) return this.strings();
      let e = pos + 1;
      while (e < src.length && isIdent(src.charCodeAt(e))) e++;
      this.pos = e;
      const name = src.slice(pos, e);
      if (KEYWORDS.has(name)) return this.tok(Tk.Op, name);
      if (name === "__debug__") return this.tok(Tk.Op, this.debug ? "True" : "False");
      noteName(checkName(name));
      return this.tok(Tk.Name, name);
    }
    if (isDigit(c) || (c === C_DOT && isDigit(src.charCodeAt(pos + 1)))) return this.number();
    return this.operator(c);
  }

  /** Length of a string prefix (u, r, b, f, rb, br, rf, fr) followed by a quote, else 0. */
  private prefixLen(): number {
    const src = this.src, p = this.pos;
    const c0 = src.charCodeAt(p), c1 = src.charCodeAt(p + 1);
    const q1 = c1 === C_SQ || c1 === C_DQ;
    // u=117 r=114 b=98 f=102
    if (c0 === 117 || c0 === 114 || c0 === 98 || c0 === 102) {
      if (q1) return 1;
      const c2 = src.charCodeAt(p + 2);
      if (c2 !== C_SQ && c2 !== C_DQ) return 0;
      if ((c0 === 114 && (c1 === 98 || c1 === 102)) || ((c0 === 98 || c0 === 102) && c1 === 114)) {
        return 2;
      }
    }
    return 0;
  }

  /** Adjacent str/bytes/f-string literals, joined into one token. */
  private strings(): Token {
    const line = this.line;
    let kind = -1; // Tk.Str or Tk.Bytes
    let text = "";
    let isF = false;
    let fx: FExpr[] | undefined;
    // Inside injected format-call text, an f-string's fields are appended to that text and the
    // literal stays a plain template (MicroPython 1.27, so nested f-strings with fields break).
    const injecting = this.pos < this.injectEnd;
    let pending = "";
    for (;;) {
      const n = this.prefixLen();
      const pre = this.src.slice(this.pos, this.pos + n);
      const isBytes = pre.indexOf("b") >= 0;
      const raw = pre.indexOf("r") >= 0;
      const k = isBytes ? Tk.Bytes : Tk.Str;
      if (kind >= 0 && kind !== k) throw this.error(this.line);
      kind = k;
      const partLine = this.line;
      this.pos += n;
      if (pre.indexOf("f") >= 0) {
        const r = scanFString(this, raw);
        text += r.template;
        if (injecting) pending += injectedArgs(r.exprs);
        else {
          if (r.exprs.length > 0 || r.braces) isF = true;
          fx = fx ? fx.concat(r.exprs) : r.exprs;
        }
      } else {
        text += this.stringBody(raw, isBytes, partLine);
      }
      this.skipSpace(true);
      const c = this.src.charCodeAt(this.pos);
      if (c !== C_SQ && c !== C_DQ && this.prefixLen() === 0) break;
    }
    if (pending !== "") this.inject(this.injectEnd, pending);
    if (isF && fx!.some((e) => nestsFieldFString(e.src))) {
      // MicroPython's own route: the template, then `.format((a),(b),)` lexed as source text
      this.inject(this.pos, ".format(" + injectedArgs(fx!) + ")");
      isF = false;
    }
    if (!isF) noteLiteral(text, kind === Tk.Bytes);
    if (kind === Tk.Bytes) {
      const b = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) b[i] = text.charCodeAt(i);
      return { k: Tk.Bytes, s: "", line, v: { kind: "bytes", value: b } };
    }
    if (isF) return { k: Tk.FStr, s: text, line, fx };
    return { k: Tk.Str, s: text, line };
  }

  /** Inserts `text` into the source at `at`, inside (or starting) the injected region. */
  private inject(at: number, text: string): void {
    this.src = this.src.slice(0, at) + text + this.src.slice(at);
    this.injectEnd = at === this.pos && this.injectEnd < at
      ? at + text.length
      : this.injectEnd + text.length;
  }

  /** Opening quote at pos: returns [quote char code, triple]. Advances past the quote(s). */
  openQuote(): [number, boolean] {
    const src = this.src;
    const q = src.charCodeAt(this.pos);
    if (src.charCodeAt(this.pos + 1) === q && src.charCodeAt(this.pos + 2) === q) {
      this.pos += 3;
      return [q, true];
    }
    this.pos++;
    return [q, false];
  }

  /** At a closing quote? Advances past it if so. Throws on an unterminated literal. */
  closeQuote(q: number, triple: boolean, startLine: number): boolean {
    const src = this.src, p = this.pos;
    const c = src.charCodeAt(p);
    if (p >= src.length || (c === C_NL && !triple)) throw this.error(startLine);
    if (c !== q) return false;
    if (!triple) {
      this.pos++;
      return true;
    }
    if (src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) {
      this.pos += 3;
      return true;
    }
    return false;
  }

  /** One non-f literal body; bytes come back as a string of byte-valued chars. */
  private stringBody(raw: boolean, isBytes: boolean, startLine: number): string {
    const src = this.src;
    const [q, triple] = this.openQuote();
    let out = "";
    let chunk = this.pos;
    for (;;) {
      const p = this.pos;
      const c = src.charCodeAt(p);
      if (c === q || c === C_NL || p >= src.length) {
        out += this.bytesOf(src.slice(chunk, p), isBytes);
        if (this.closeQuote(q, triple, startLine)) return out;
        // a newline or lone quote inside a triple-quoted literal
        if (c === C_NL) {
          this.line++;
          this.lineStart = p + 1;
        }
        this.pos = p + 1;
        chunk = p;
      } else if (c === C_BSLASH) {
        out += this.bytesOf(src.slice(chunk, p), isBytes);
        out += this.escape(raw, isBytes, startLine);
        chunk = this.pos;
      } else {
        this.pos = p + 1;
      }
    }
  }

  private bytesOf(s: string, isBytes: boolean): string {
    if (!isBytes) return s;
    let ascii = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return s;
    // non-ASCII source text in a bytes literal is kept as its UTF-8 bytes (MicroPython does)
    let out = "";
    for (const ch of s) out += utf8Chars(ch.codePointAt(0)!);
    return out;
  }

  /** Decodes the escape sequence at pos (a backslash), advancing past it. */
  escape(raw: boolean, isBytes: boolean, startLine: number): string {
    const src = this.src;
    this.pos++;
    const c = src.charCodeAt(this.pos);
    if (c === C_NL) {
      this.line++;
      this.lineStart = this.pos + 1;
    }
    if (this.pos >= src.length) throw this.error(startLine);
    this.pos++;
    const ch = String.fromCharCode(c);
    if (raw) {
      // raw literals keep the backslash; it still stops a quote or backslash from ending things
      if (c === C_SQ || c === C_DQ || c === C_BSLASH || c === C_NL) return "\\" + ch;
      this.pos--;
      return "\\";
    }
    switch (c) {
      case C_NL:
        return "";
      case C_BSLASH:
      case C_SQ:
      case C_DQ:
        return ch;
      case 97: // a
        return "\x07";
      case 98: // b
        return "\b";
      case 116: // t
        return "\t";
      case 110: // n
        return "\n";
      case 118: // v
        return "\v";
      case 102: // f
        return "\f";
      case 114: // r
        return "\r";
      case 78: // N
        throw newException(NotImplementedError, "unicode name escapes");
      case 120: // x
      case 117: // u
      case 85: { // U
        if (c !== 120 && isBytes) return "\\" + ch;
        const n = c === 120 ? 2 : c === 117 ? 4 : 8;
        let v = 0;
        for (let i = 0; i < n; i++) {
          const h = hexVal(src.charCodeAt(this.pos));
          if (h < 0) throw this.error(startLine);
          v = v * 16 + h;
          this.pos++;
        }
        return this.codeChar(v, isBytes, startLine);
      }
    }
    if (c >= C_0 && c <= 55) {
      let v = c - C_0;
      for (let i = 0; i < 2; i++) {
        const d = src.charCodeAt(this.pos);
        if (d < C_0 || d > 55) break;
        v = v * 8 + d - C_0;
        this.pos++;
      }
      return this.codeChar(v, isBytes, startLine);
    }
    // unknown escapes are kept verbatim, backslash included
    this.pos--;
    return "\\";
  }

  private codeChar(v: number, isBytes: boolean, startLine: number): string {
    if (isBytes ? v >= 0x100 : v >= 0x110000) throw this.error(startLine);
    return isBytes ? String.fromCharCode(v) : cpText(v); // a surrogate: its stand-in
  }

  private number(): Token {
    const src = this.src, line = this.line;
    let p = this.pos;
    const c0 = src.charCodeAt(p);
    let isFloat = c0 === C_DOT;
    const b = src.charCodeAt(p + 1) | 0x20;
    const forced = c0 === C_0 && (b === 98 || b === 111 || b === 120);
    let text = src[p++];
    for (;;) {
      const c = src.charCodeAt(p);
      if (!forced && (c === 101 || c === 69)) {
        isFloat = true;
        text += "e";
        p++;
        const s = src.charCodeAt(p);
        if (s === 43 || s === 45) text += src[p++];
      } else if (isLetter(c) || isDigit(c) || c === C_DOT) {
        if (c === C_DOT || c === 106 || c === 74) isFloat = true;
        text += src[p++];
      } else if (c === C_US) {
        p++;
      } else {
        break;
      }
    }
    this.pos = p;
    const v = isFloat ? parseFloatLit(text) : parseIntLit(text);
    // a bad number is reported only if the parser accepts the token there, as MicroPython does
    if (typeof v === "string") return { k: Tk.Num, s: v, line };
    return { k: Tk.Num, s: "", line, v };
  }

  private operator(c: number): Token {
    const src = this.src, p = this.pos;
    const c1 = src.charCodeAt(p + 1);
    let n = 1;
    switch (c) {
      case 40: // (
      case 91: // [
      case 123: // {
        this.bracket++;
        break;
      case 41: // )
      case 93: // ]
      case 125: // }
        if (this.bracket > 0) this.bracket--;
        break;
      case 44: // ,
      case 59: // ;
      case 126: // ~
        break;
      case 58: // : :=
      case 61: // = ==
      case 43: // + +=
      case 37: // % %=
      case 94: // ^ ^=
      case 38: // & &=
      case 124: // | |=
      case 64: // @ @=
        if (c1 === 61) n = 2;
        break;
      case 45: // - -= ->
        if (c1 === 61 || c1 === 62) n = 2;
        break;
      case 33: // !=
        if (c1 !== 61) throw this.error(this.line);
        n = 2;
        break;
      case 60: // < <= << <<=
      case 62: // > >= >> >>=
      case 42: // * *= ** **=
      case 47: // / /= // //=
        if (c1 === 61) n = 2;
        else if (c1 === c) n = src.charCodeAt(p + 2) === 61 ? 3 : 2;
        break;
      case C_DOT:
        if (c1 === C_DOT && src.charCodeAt(p + 2) === C_DOT) n = 3;
        break;
      default:
        throw this.error(this.line);
    }
    this.pos = p + n;
    return this.tok(Tk.Op, n === 1 ? String.fromCharCode(c) : src.slice(p, p + n));
  }
}

/** A float or imaginary literal (underscores already removed); a string is an error message. */
function parseFloatLit(t: string): ConstValue | string {
  let i = 0, digits = 0;
  const n = t.length;
  const imag = n > 0 && (t.charCodeAt(n - 1) | 0x20) === 106;
  const end = imag ? n - 1 : n;
  while (i < end && isDigit(t.charCodeAt(i))) i++, digits++;
  if (i < end && t.charCodeAt(i) === C_DOT) {
    i++;
    while (i < end && isDigit(t.charCodeAt(i))) i++, digits++;
  }
  let ok = digits > 0;
  if (ok && i < end && t.charCodeAt(i) === 101) {
    i++;
    const s = t.charCodeAt(i);
    if (s === 43 || s === 45) i++;
    const e0 = i;
    while (i < end && isDigit(t.charCodeAt(i))) i++;
    ok = i > e0;
  }
  if (!ok || i !== end) return "invalid syntax for number";
  const v = Number(t.slice(0, end));
  return imag ? { kind: "complex", imag: v } : { kind: "float", value: v };
}

/** An integer literal (underscores already removed); a string is an error message. */
function parseIntLit(t: string): ConstValue | string {
  const b = t.length > 1 && t.charCodeAt(0) === C_0 ? t.charCodeAt(1) | 0x20 : 0;
  if (b === 120 || b === 111 || b === 98) {
    const base = b === 120 ? 16 : b === 111 ? 8 : 2;
    const d = t.slice(2);
    let ok = d.length > 0;
    for (let i = 0; ok && i < d.length; i++) {
      const h = hexVal(d.charCodeAt(i));
      ok = h >= 0 && h < base;
    }
    if (!ok) return `invalid syntax for integer with base ${base}: '${d}'`;
    return { kind: "int", value: BigInt("0" + t[1].toLowerCase() + d) };
  }
  let nonzero = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!isDigit(c)) {
      return `invalid syntax for integer with base ${t.charCodeAt(0) === C_0 ? 0 : 10}: '${t}'`;
    }
    if (c !== C_0) nonzero = true;
  }
  // a leading zero is only allowed for zero itself ("00" is fine, "01" is not)
  if (nonzero && t.charCodeAt(0) === C_0) {
    return `invalid syntax for integer with base 0: '${t}'`;
  }
  return { kind: "int", value: BigInt(t) };
}
