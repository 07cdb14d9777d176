// str.format, str % and bytes % against MicroPython 1.27 (expected texts from the oracle).
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { BinaryOp as B } from "./bytecode.ts";
import type { PyValue } from "./obj.ts";
import { PyFloat } from "./obj_float.ts";
import { PyBytes } from "./obj_bytes.ts";
import { PyBaseException } from "./obj_exception.ts";
import { PyTuple } from "./obj_tuple.ts";
import { PyDict } from "./obj_dict.ts";
import { binaryOp, callMethod, repr } from "./runtime.ts";
import "./builtins_numeric.ts";
import { Interpreter } from "./interpreter.ts";
import { activate } from "./interp_state.ts";

// Runtime calls below run in an interpreter (heap lock, builtins, streams).
activate(new Interpreter().state);

const f = (x: number) => new PyFloat(x);
const b = (s: string) => new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));
const t = (...xs: PyValue[]) => new PyTuple(xs);

function ev(thunk: () => PyValue): string {
  try {
    return repr(thunk());
  } catch (e) {
    if (e instanceof PyBaseException) {
      const a = e.args.items;
      return e.type.name + " " + (a.length ? (typeof a[0] === "string" ? a[0] : repr(a[0])) : "");
    }
    throw e;
  }
}

const fmt = (s: string, ...a: PyValue[]) => ev(() => callMethod(s, "format", a));
const pct = (s: PyValue, a: PyValue) => ev(() => binaryOp(B.MODULO, s, a));

Deno.test("str.format nested fields share the automatic index", () => {
  assertEquals(fmt("{0:{1}}|", "w", 6), "'w     |'");
  assertEquals(fmt("{:{}.{}f}", f(3.14159), 8, 2), "'    3.14'");
  assertEquals(fmt("{:{}}{}", 1, 2, 3), "' 13'");
  assertEquals(fmt("{:{}}", 5, "*^9"), "'****5****'");
  assertEquals(fmt("{:{}{}{}}", 5, ">", 1, 0), "'         5'");
  assertEquals(fmt("{:{}}", 1), "IndexError tuple index out of range");
  assertEquals(
    fmt("{0:{}}", 1, 2),
    "ValueError can't switch from manual field specification to automatic field numbering",
  );
  assertEquals(
    fmt("{:{1}}", 5, 6),
    "ValueError can't switch from automatic field numbering to manual field specification",
  );
  assertEquals(fmt("{:{:{}}}", 1, 2, 3), "ValueError invalid format specifier");
});

Deno.test("str.format field syntax errors", () => {
  assertEquals(fmt("{!}", "a"), "ValueError unknown conversion specifier }");
  assertEquals(fmt("{0!rx}", 1), "ValueError expected ':' after format specifier");
  assertEquals(fmt("{0!", 1), "ValueError end of format while looking for conversion specifier");
  assertEquals(fmt("{0a}", 1), "NotImplementedError attributes not supported");
  assertEquals(fmt("{01}", 1, 2), "'2'");
});

Deno.test("format spec parsing", () => {
  assertEquals(fmt("{:a>5}", "x"), "'aaaax'");
  assertEquals(fmt("{:>>5}", "x"), "ValueError invalid format specifier");
  assertEquals(fmt("{:\u2192^6}", "a"), "ValueError invalid format specifier");
  assertEquals(fmt("{:x<05}", 3), "'3xxxx'");
  assertEquals(fmt("{:05}", "ab"), "'ab000'");
  assertEquals(fmt("{:.}", "abc"), "'abc'");
  assertEquals(fmt("{:.f}", f(1.5)), "'1.500000'");
  assertEquals(fmt("{:5z}", 1), "ValueError invalid format specifier");
  assertEquals(fmt("{: s}", "a"), "ValueError sign not allowed in string format specifier");
  assertEquals(fmt("{:-s}", "a"), "'a'");
  assertEquals(
    fmt("{:+c}", 97),
    "ValueError sign not allowed with integer format specifier 'c'",
  );
  assertEquals(fmt("{:c}", 0x263a), "':'");
  assertEquals(fmt("{:^6}|", "\u2192"), "' \\u2192  |'");
});

Deno.test("zero fill with grouping groups the padding", () => {
  assertEquals(fmt("{:0<10,}", 12345), "'12,34500,0'");
  assertEquals(fmt("{:012_d}", -1234567), "'-0_1_234_567'");
  assertEquals(fmt("{:010_x}", 12345), "'0_0000_3039'");
  assertEquals(fmt("{:0=+12,d}", 12345), "'+000,012,345'");
  assertEquals(fmt("{:0=#12_x}", 12345), "'0x0_0000_3039'");
  assertEquals(fmt("{:0>12,d}", -1234567), "'0,0-1,234,567'");
  assertEquals(fmt("{:x=12,d}", 12345), "'xxxxxx12,345'");
});

Deno.test("str % args", () => {
  const d = new PyDict();
  d.set("a", 1);
  assertEquals(pct("%(a)s %s", d), "TypeError format string needs more arguments");
  assertEquals(pct("%(a)s %(a)d%%", d), "'1 1%'");
  assertEquals(pct("abc", d), "'abc'");
  assertEquals(pct("%a", 1), "ValueError unsupported format character 'a' (0x61) at index 1");
  assertEquals(pct("%c", "\xe9"), "TypeError %c needs int or char");
  assertEquals(pct("%c", f(1.5)), "TypeError integer needed");
  assertEquals(pct("%c", 256 + 65), "'A'");
});

Deno.test("bytes % args", () => {
  assertEquals(pct(b("%d bytes %s"), t(5, b("xy"))), "b'5 bytes xy'");
  assertEquals(pct(b("%s=%d"), t(b("key"), 9)), "b'key=9'");
  assertEquals(pct(b("%r"), b("xy")), `b"b'xy'"`);
  assertEquals(pct(b("%5s|"), "\xe9"), "b'   \\xc3\\xa9|'");
  assertEquals(pct(b("%-5s|"), b("\xff")), "b'\\xff    |'");
  assertEquals(pct(b("%.1s|"), "\xe9"), "b'\\xc3|'");
  assertEquals(pct(b("\xff%d"), 1), "b'\\xff1'");
  assertEquals(pct(b("%c"), 200), "b'\\xc8'");
  assertEquals(pct(b("%c"), b("a")), "TypeError integer needed");
});

Deno.test("str.center counts UTF-8 bytes", () => {
  assertEquals(ev(() => callMethod("\u2192", "center", [5])), "' \\u2192 '");
  assertEquals(ev(() => callMethod("\xe9", "center", [4])), "' \\xe9 '");
  assertEquals(ev(() => callMethod("ab", "center", [7])), "'  ab   '");
});
