// f-strings, as MicroPython's lexer treats them: f"a{x!r:>{w}} {y=}" becomes the call
// 'a{!r:>{}} y={}'.format((x), (w), (y)). Each field expression is parsed wrapped in parentheses,
// so f"{}" formats an empty tuple and f"{1, 2}" a tuple, as in MicroPython. Text of plain string
// literals joined to an f-string becomes template text unescaped, also as in MicroPython.
import type { AttributeExpr, CallExpr, Const, Expr } from "./ast.ts";
import type { FExpr, Lexer } from "./lexer.ts";

export interface FScan {
  template: string;
  exprs: FExpr[];
  /** Whether the literal had any brace, so it needs the format call. */
  braces: boolean;
}

const NL = 10, SQ = 39, DQ = 34, BSLASH = 92, LBRACE = 123, RBRACE = 125;

/** Scans an f-string literal at lx.pos (its opening quote, prefix already skipped). */
export function scanFString(lx: Lexer, raw: boolean): FScan {
  const src = lx.src;
  const startLine = lx.line;
  const [q, triple] = lx.openQuote();
  const st: FScan = { template: "", exprs: [], braces: false };
  let chunk = lx.pos;
  for (;;) {
    const p = lx.pos;
    const c = src.charCodeAt(p);
    if (c === q || c === NL || p >= src.length) {
      st.template += src.slice(chunk, p);
      if (lx.closeQuote(q, triple, startLine)) return st;
      if (c === NL) {
        lx.line++;
        lx.lineStart = p + 1;
      }
      lx.pos = p + 1;
      chunk = p;
    } else if (c === BSLASH) {
      st.template += src.slice(chunk, p) + lx.escape(raw, false, startLine);
      chunk = lx.pos;
    } else if (c === LBRACE || c === RBRACE) {
      st.template += src.slice(chunk, p);
      st.braces = true;
      if (src.charCodeAt(p + 1) === c) {
        st.template += c === LBRACE ? "{{" : "}}";
        lx.pos = p + 2;
        // py/lexer.c takes the character after "{{" as text without checking for the closing
        // quote, so f"a{{" runs on past its quote (and is usually a SyntaxError)
        if (c === LBRACE && src.charCodeAt(lx.pos) === q) st.template += src[lx.pos++];
      } else if (c === RBRACE) {
        // a lone '}' is left for str.format to reject at run time, as MicroPython does
        st.template += "}";
        lx.pos = p + 1;
      } else {
        lx.pos = p + 1;
        field(lx, st, q, triple, startLine);
      }
      chunk = lx.pos;
    } else {
      lx.pos = p + 1;
    }
  }
}

/** Whether `!` at `at` starts a conversion: `!r` or `!s` followed by ':' or '}'. */
function isConversion(src: string, at: number): boolean {
  const conv = src.charCodeAt(at + 1), after = src.charCodeAt(at + 2);
  return (conv === 114 || conv === 115) && (after === 58 || after === RBRACE);
}

/** One replacement field, after its '{': appends its template text and expressions. */
function field(lx: Lexer, st: FScan, q: number, triple: boolean, startLine: number): void {
  const src = lx.src;
  const start = lx.pos, line = lx.line;
  let depth = 0;
  let quote = 0; // inside a quoted string (only to tell a stray "!" from text)
  let c: number;
  for (;;) {
    c = src.charCodeAt(lx.pos);
    if (lx.pos >= src.length) throw lx.error(startLine);
    // as py/lexer.c: only [] and {} nest, and quotes are not special, so the ':' in
    // f"{(lambda: 1)()}" or f"{'a:b'}" ends the expression (a SyntaxError in MicroPython)
    if (c === NL) {
      lx.line++;
      lx.lineStart = lx.pos + 1;
    } else if (c === SQ || c === DQ) {
      if (quote === 0) quote = c;
      else if (quote === c) quote = 0;
    } else if (c === 91 || c === LBRACE) {
      depth++;
    } else if (c === 93 || c === RBRACE) {
      if (depth === 0) {
        if (c === RBRACE) break;
      } else depth--;
    } else if (depth === 0 && c === 33 && src.charCodeAt(lx.pos + 1) !== 61) {
      // '!r' or '!s' conversion; any other '!' but '!=' outside a string cannot parse
      if (isConversion(src, lx.pos)) break;
      if (quote === 0) throw lx.error(startLine);
    } else if (depth === 0 && c === 58) {
      break; // ':' format spec
    }
    lx.pos++;
  }
  let expr = src.slice(start, lx.pos);
  const n = expr.length;
  if (n > 0 && expr.charCodeAt(n - 1) === 61) {
    const prev = n > 1 ? expr.charCodeAt(n - 2) : 0;
    // {x=} self-documents: the text goes into the template (not == != <= >=)
    if (prev !== 61 && prev !== 33 && prev !== 60 && prev !== 62) {
      st.template += expr.replaceAll("{", "{{").replaceAll("}", "}}");
      expr = expr.slice(0, n - 1);
    }
  }
  st.exprs.push({ src: expr, line });
  st.template += "{";
  if (c === 33) {
    const conv = src.charCodeAt(lx.pos + 1);
    const after = src.charCodeAt(lx.pos + 2);
    st.template += "!" + String.fromCharCode(conv);
    lx.pos += 2;
    c = after;
  }
  if (c === 58) {
    st.template += ":";
    lx.pos++;
    for (;;) {
      const d = src.charCodeAt(lx.pos);
      if (lx.pos >= src.length || (d === NL && !triple)) throw lx.error(startLine);
      if (d === RBRACE) break;
      // the closing quote ends the literal even inside a spec (MicroPython's lexer does this);
      // str.format then rejects the unbalanced template at run time
      if (
        d === q &&
        (!triple || (src.charCodeAt(lx.pos + 1) === q && src.charCodeAt(lx.pos + 2) === q))
      ) {
        return;
      }
      if (d === NL) {
        lx.line++;
        lx.lineStart = lx.pos + 1;
      }
      lx.pos++;
      if (d === LBRACE && src.charCodeAt(lx.pos) === LBRACE) {
        st.template += "{{";
        lx.pos++;
      } else if (d === LBRACE) {
        field(lx, st, q, triple, startLine);
      } else {
        st.template += String.fromCharCode(d);
      }
    }
  }
  st.template += "}";
  lx.pos++;
}

/** The field arguments as py/lexer.c injects them: `(a),(b),`. */
export function injectedArgs(exprs: FExpr[]): string {
  let s = "";
  for (const e of exprs) s += "(" + e.src + "),";
  return s;
}

/** Whether a field's source holds an f-string literal with a replacement field, which
 * MicroPython 1.27's lexer cannot nest (see Lexer.strings). Quotes are matched naively, as that
 * lexer does: `f"a{f"b{x}"}"` counts. */
export function nestsFieldFString(src: string): boolean {
  for (let i = 0; i < src.length; i++) {
    const q = src.charCodeAt(i);
    if (q !== SQ && q !== DQ) continue;
    let j = i;
    while (j > 0 && /[rRbBuUfF]/.test(src[j - 1])) j--;
    const isF = /[fF]/.test(src.slice(j, i)) && (j === 0 || !/\w/.test(src[j - 1]));
    const triple = src.charCodeAt(i + 1) === q && src.charCodeAt(i + 2) === q;
    const open = triple ? 3 : 1;
    let k = i + open;
    while (k < src.length) {
      const c = src.charCodeAt(k);
      if (c === BSLASH) k++;
      else if (
        c === q && (!triple || (src.charCodeAt(k + 1) === q && src.charCodeAt(k + 2) === q))
      ) {
        break;
      }
      k++;
    }
    if (isF && /\{/.test(src.slice(i + open, k).replaceAll("{{", ""))) return true;
    i = k + open - 1;
  }
  return false;
}

/** The call `template.format(*fields)` for an f-string token. */
export function fstringCall(
  template: string,
  exprs: FExpr[],
  line: number,
  parseField: (src: string, line: number) => Expr,
): CallExpr {
  const fmt: Const = { k: "const", value: { kind: "str", value: template }, line };
  const func: AttributeExpr = { k: "attr", value: fmt, attr: "format", line };
  const args = exprs.map((e) => parseField("(" + e.src + ")", e.line));
  return { k: "call", func, args, keywords: [], line };
}
