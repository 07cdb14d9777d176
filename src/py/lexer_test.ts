import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { Lexer, Tk, type Token } from "./lexer.ts";
import type { PyBaseException } from "./obj_exception.ts";

/** Tokens as short strings: names bare, ops quoted, layout tokens in capitals. */
function toks(src: string): string[] {
  const lx = new Lexer(src, "<t>");
  const out: string[] = [];
  for (;;) {
    const t: Token = lx.next();
    switch (t.k) {
      case Tk.End:
        return out;
      case Tk.Name:
        out.push(t.s);
        break;
      case Tk.Op:
        out.push(`'${t.s}'`);
        break;
      case Tk.Num: {
        const v = t.v!;
        out.push(
          v.kind === "int"
            ? `${v.value}n`
            : v.kind === "float"
            ? `f${v.value}`
            : v.kind === "complex"
            ? `${v.imag}j`
            : "?",
        );
        break;
      }
      case Tk.Str:
        out.push(JSON.stringify(t.s));
        break;
      case Tk.Bytes:
        out.push("b" + JSON.stringify(Array.from((t.v as { value: Uint8Array }).value)));
        break;
      case Tk.FStr:
        out.push("f" + JSON.stringify(t.s) + t.fx!.map((e) => e.src).join("|"));
        break;
      default:
        out.push(Tk[t.k].toUpperCase());
    }
  }
}

function lines(src: string): number[] {
  const lx = new Lexer(src, "<t>");
  const out: number[] = [];
  for (let t = lx.next(); t.k !== Tk.End; t = lx.next()) out.push(t.line);
  return out;
}

function lexError(src: string): string {
  try {
    toks(src);
  } catch (e) {
    const x = e as PyBaseException;
    return `${x.type.name}: ${x.args.items[0]} @${x.traceback[0]?.line}`;
  }
  throw new Error("no error for " + JSON.stringify(src));
}

Deno.test("indentation produces INDENT/DEDENT and one NEWLINE per logical line", () => {
  assertEquals(toks("if x:\n  y\n\n  # c\n  z\nw\n"), [
    "'if'",
    "x",
    "':'",
    "NEWLINE",
    "INDENT",
    "y",
    "NEWLINE",
    "z",
    "NEWLINE",
    "DEDENT",
    "w",
    "NEWLINE",
  ]);
  assertEquals(toks("if a:\n if b:\n  c"), [
    "'if'",
    "a",
    "':'",
    "NEWLINE",
    "INDENT",
    "'if'",
    "b",
    "':'",
    "NEWLINE",
    "INDENT",
    "c",
    "NEWLINE",
    "DEDENT",
    "DEDENT",
  ]);
});

Deno.test("tabs advance to multiples of 8 columns", () => {
  assertEquals(toks("if x:\n\ty\n        z\n"), [
    "'if'",
    "x",
    "':'",
    "NEWLINE",
    "INDENT",
    "y",
    "NEWLINE",
    "z",
    "NEWLINE",
    "DEDENT",
  ]);
});

Deno.test("brackets join lines; backslash continues them", () => {
  assertEquals(toks("f(a,\n  b)\nx = 1 + \\\n 2\n"), [
    "f",
    "'('",
    "a",
    "','",
    "b",
    "')'",
    "NEWLINE",
    "x",
    "'='",
    "1n",
    "'+'",
    "2n",
    "NEWLINE",
  ]);
});

Deno.test("CRLF and CR line ends; missing final newline", () => {
  assertEquals(toks("a\r\nb\rc"), ["a", "NEWLINE", "b", "NEWLINE", "c", "NEWLINE"]);
});

Deno.test("operators take the longest match", () => {
  assertEquals(toks("a **= b // c >>= d -> e := f != g ... h . i @= j"), [
    "a",
    "'**='",
    "b",
    "'//'",
    "c",
    "'>>='",
    "d",
    "'->'",
    "e",
    "':='",
    "f",
    "'!='",
    "g",
    "'...'",
    "h",
    "'.'",
    "i",
    "'@='",
    "j",
    "NEWLINE",
  ]);
});

Deno.test("keywords are ops; __debug__ is True", () => {
  assertEquals(toks("if not __debug__ or await_ x"), [
    "'if'",
    "'not'",
    "'True'",
    "'or'",
    "await_",
    "x",
    "NEWLINE",
  ]);
});

Deno.test("integer literals", () => {
  assertEquals(
    toks("0 00 7 0x1F 0XfF 0o17 0O7 0b101 0B1 1_000 0x_ff 123456789012345678901234567890"),
    [
      "0n",
      "0n",
      "7n",
      "31n",
      "255n",
      "15n",
      "7n",
      "5n",
      "1n",
      "1000n",
      "255n",
      "123456789012345678901234567890n",
      "NEWLINE",
    ],
  );
});

Deno.test("float and imaginary literals", () => {
  assertEquals(toks("1.5 .5 1. 1e3 1E-3 1.5e+2 2j 1.5J .5e-3j 1_0.5_0 09.5"), [
    "f1.5",
    "f0.5",
    "f1",
    "f1000",
    "f0.001",
    "f150",
    "2j",
    "1.5j",
    "0.0005j",
    "f10.5",
    "f9.5",
    "NEWLINE",
  ]);
});

Deno.test("malformed numbers carry MicroPython's messages for the parser to raise", () => {
  const msg = (s: string) => new Lexer(s, "<t>").next().s;
  assertEquals(msg("0x"), "invalid syntax for integer with base 16: ''");
  assertEquals(msg("0x1g"), "invalid syntax for integer with base 16: '1g'");
  assertEquals(msg("0o8"), "invalid syntax for integer with base 8: '8'");
  assertEquals(msg("0b2"), "invalid syntax for integer with base 2: '2'");
  assertEquals(msg("09"), "invalid syntax for integer with base 0: '09'");
  assertEquals(msg("0_1"), "invalid syntax for integer with base 0: '01'");
  assertEquals(msg("1if"), "invalid syntax for integer with base 10: '1if'");
  assertEquals(msg("1e"), "invalid syntax for number");
  assertEquals(msg("1.2.3"), "invalid syntax for number");
  assertEquals(msg("0x1.5"), "invalid syntax for number");
  assertEquals(msg("1jj"), "invalid syntax for number");
});

Deno.test("string escapes", () => {
  assertEquals(toks(String.raw`'a\tb\n\\\'\"\x41\101\0\u00e9\U0001F600\q\a\v\f\r\b'`), [
    JSON.stringify("a\tb\n\\'\"AA\0\u00e9\u{1F600}\\q\x07\v\f\r\b"),
    "NEWLINE",
  ]);
  assertEquals(toks("'a\\\nb'"), ['"ab"', "NEWLINE"]);
});

Deno.test("raw strings keep backslashes, which still protect quotes", () => {
  assertEquals(toks(String.raw`r'\n\'' r"\\"`), [JSON.stringify("\\n\\'\\\\"), "NEWLINE"]);
});

Deno.test("bytes: \\u is literal, non-ASCII text becomes UTF-8", () => {
  assertEquals(toks(String.raw`b'\xff\u00e9' 'x'`.replace(" 'x'", "")), [
    "b" + JSON.stringify([255, 92, 117, 48, 48, 101, 57]),
    "NEWLINE",
  ]);
  assertEquals(toks("b'\u00e9' rb'\\d' br'x'"), ["b[195,169,92,100,120]", "NEWLINE"]);
});

Deno.test("adjacent literals join across spaces, comments and bracketed newlines", () => {
  assertEquals(toks('x = (\'a\' # c\n \'b\' """c\nd""")'), [
    "x",
    "'='",
    "'('",
    JSON.stringify("abc\nd"),
    "')'",
    "NEWLINE",
  ]);
  assertEquals(toks("u'a' 'b'"), ['"ab"', "NEWLINE"]);
});

Deno.test("f-strings become a format template plus field sources", () => {
  assertEquals(toks('f"a{x!r:>{w}} {y=}"'), ['f"a{!r:>{}} y={}"x|w|y', "NEWLINE"]);
  assertEquals(toks('f"{{lit}} {a}" "b{}" f\'{c}\''), ['f"{{lit}} {}b{}{}"a|c', "NEWLINE"]);
  assertEquals(toks('f"{"q"}"'), ['f"{}""q"', "NEWLINE"]);
  assertEquals(toks('f"{a!=b} {1==1=} {a[1:2]}"'), ['f"{} 1==1={} {}"a!=b|1==1|a[1:2]', "NEWLINE"]);
  assertEquals(toks('rf"\\n{x}"'), ['f"\\\\n{}"x', "NEWLINE"]);
  assertEquals(toks('f"plain"'), ['"plain"', "NEWLINE"]);
});

Deno.test("token lines: NEWLINE on its own line, INDENT/DEDENT on the next token's", () => {
  assertEquals(lines("if x:\n\n  y = (1,\n2)\nz"), [
    1,
    1,
    1,
    1,
    3,
    3,
    3,
    3,
    3,
    3,
    4,
    4,
    4,
    5,
    5,
    5,
  ]);
});

Deno.test("lexical errors", () => {
  assertEquals(lexError("x = 'abc\n"), "SyntaxError: invalid syntax @1");
  assertEquals(lexError('x = """abc\n\n'), "SyntaxError: invalid syntax @1");
  assertEquals(lexError("x = $"), "SyntaxError: invalid syntax @1");
  assertEquals(lexError("x = 1 ! 2"), "SyntaxError: invalid syntax @1");
  assertEquals(lexError("\n'\\xg'"), "SyntaxError: invalid syntax @2");
  assertEquals(lexError("b'\\400'"), "SyntaxError: invalid syntax @1");
  assertEquals(lexError("'\\U00110000'"), "SyntaxError: invalid syntax @1");
  assertEquals(lexError("'a' b'b'"), "SyntaxError: invalid syntax @1");
  assertEquals(lexError("f'{x!a}'"), "SyntaxError: invalid syntax @1");
  assertEquals(lexError("'\\N{DASH}'"), "NotImplementedError: unicode name escapes @undefined");
  assertEquals(
    lexError("if 1:\n    x=(1,\n2)\n  y=2\n"),
    "IndentationError: unindent doesn't match any outer indent level @3",
  );
});

Deno.test("the first token may not be indented", () => {
  assert(toks("  x")[0] === "INDENT");
  assert(toks("\n\n# c\nx")[0] === "x");
});
