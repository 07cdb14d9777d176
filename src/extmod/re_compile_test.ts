// The compiler writes re1.5's byte code layout (its sizes decide which patterns are "too
// complex"), and the start-byte analysis only skips positions where every path fails.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { compileRegex } from "./re_compile.ts";
import { buildProgram } from "./re_program.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const code = (s: string) => {
  const r = compileRegex(enc(s));
  return typeof r === "string" ? r : r.code;
};
// The search loop and Save 0 / Save 1, Match around every pattern.
const PRE = [0x62, 3, 2, 0x60, -5, 0x7e, 0];
const POST = [0x7e, 1, 0x7f];

Deno.test("re1.5 layout: repetition, lazy forms, groups, alternation, classes", () => {
  // a*: Split +2 over Char a, Jmp back to the split.
  assertEquals(code("a*"), [...PRE, 0x61, 4, 1, 97, 0x60, -6, ...POST]);
  assertEquals(code("a*?"), [...PRE, 0x62, 4, 1, 97, 0x60, -6, ...POST]);
  // a+: Char a, RSplit back to it; lazy: Split.
  assertEquals(code("a+"), [...PRE, 1, 97, 0x62, -4, ...POST]);
  assertEquals(code("a+?"), [...PRE, 1, 97, 0x61, -4, ...POST]);
  assertEquals(code("a?"), [...PRE, 0x61, 2, 1, 97, ...POST]);
  assertEquals(code("(a)"), [...PRE, 0x7e, 2, 1, 97, 0x7e, 3, ...POST]);
  assertEquals(code("(?:a)b"), [...PRE, 1, 97, 1, 98, ...POST]);
  // a|b: Split to the second branch, Jmp over it from the first.
  assertEquals(code("a|b"), [...PRE, 0x61, 4, 1, 97, 0x60, 2, 1, 98, ...POST]);
  assertEquals(code("[^a-c\\d]"), [...PRE, 4, 2, 97, 99, 0, 100, ...POST]);
  assertEquals(code("^\\w$"), [...PRE, 0x50, 5, 119, 0x51, ...POST]);
  assertEquals(compileRegex(enc("(a)(b)")), {
    code: [...PRE, 0x7e, 2, 1, 97, 0x7e, 3, 0x7e, 4, 1, 98, 0x7e, 5, ...POST],
    nsub: 2,
  });
});

Deno.test("re1.5 errors: only a stray ')' is 'error in regex'", () => {
  for (
    const p of ["(", "*", "a**", "[a", "\\", "(?=a)", "a|*", "^*", "[" + "a".repeat(128) + "]"]
  ) {
    assertEquals(code(p), "regex too complex", p);
  }
  for (const p of [")", "a)", "(a))"]) assertEquals(code(p), "error in regex", p);
  assertEquals(typeof code("(" + "a".repeat(60) + ")*"), "object");
  assertEquals(code("(" + "a".repeat(61) + ")*"), "regex too complex");
});

Deno.test("start bytes: skipped only when no path can match there", () => {
  const first = (p: string) => {
    const bp = compileRegex(enc(p));
    if (typeof bp === "string") throw new Error(bp);
    const f = buildProgram(bp).first;
    return f === null ? null : String.fromCharCode(...[...f.keys()].filter((b) => f[b]));
  };
  assertEquals(first("ab|c"), "ac");
  assertEquals(first("x?y"), "xy");
  assertEquals(first("[0-2]+z"), "012");
  assertEquals(first("^a"), ""); // only at the start, which a search always tries
  assertEquals(first("a*"), null); // matches empty anywhere
  assertEquals(first(".a"), null);
  assertEquals(first("(a*)*b"), null); // loops without consuming: must run (RuntimeError)
});
