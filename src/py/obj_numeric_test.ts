// Numeric and text types checked against MicroPython 1.27's output (texts from the oracle).
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { BinaryOp as B } from "./bytecode.ts";
import { boolType, intType, type PyValue, strType } from "./obj.ts";
import { floatType, PyFloat } from "./obj_float.ts";
import { complexType, PyComplex } from "./obj_complex.ts";
import { bytearrayType, bytesType, PyBytes } from "./obj_bytes.ts";
import { memoryviewType } from "./obj_memoryview.ts";
import { numericBuiltins } from "./builtins_numeric.ts";
import { formatFloat } from "./float_format.ts";
import { makeMathModule } from "./mod_math.ts";
import { makeCmathModule } from "./mod_cmath.ts";
import { binaryOp, call, callMethod, getItem, repr, setItem, toArray } from "./runtime.ts";
import { PyBaseException } from "./obj_exception.ts";
import { PySlice } from "./obj_slice.ts";
import { PyTuple } from "./obj_tuple.ts";
import { PyList } from "./obj_list.ts";
import { PyDict } from "./obj_dict.ts";
import { Interpreter } from "./interpreter.ts";
import { activate } from "./interp_state.ts";

// Runtime calls below run in an interpreter (heap lock, builtins, streams).
activate(new Interpreter().state);

const f = (x: number) => new PyFloat(x);
const b = (s: string) => new PyBytes(new TextEncoder().encode(s));
const bi = Object.fromEntries(numericBuiltins);
const math = Object.fromEntries(makeMathModule());
const cmath = Object.fromEntries(makeCmathModule());

/** repr of the result, or "ExcType message" as the oracle's t() helper prints. */
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

function table(cases: [() => PyValue, string][]) {
  cases.forEach(([thunk, want], i) => assertEquals(ev(thunk), want, `case ${i}`));
}

Deno.test("int arithmetic", () => {
  table([
    [() => binaryOp(B.FLOOR_DIVIDE, 1, 0), "ZeroDivisionError divide by zero"],
    [() => binaryOp(B.MODULO, 1, 0), "ZeroDivisionError divide by zero"],
    [() => binaryOp(B.TRUE_DIVIDE, 1, 0), "ZeroDivisionError divide by zero"],
    [() => binaryOp(B.POWER, 2, -1), "0.5"],
    [() => binaryOp(B.POWER, 0, -1), "ZeroDivisionError divide by zero"],
    [() => call(bi.pow, [2, 3, 0]), "ValueError divide by zero"],
    [() => call(bi.pow, [2, -1, 5]), "0"],
    [() => call(bi.pow, [f(2), 3, 5]), "TypeError pow() with 3 arguments requires integers"],
    [() => call(bi.pow, [3, 4, 5]), "1"],
    [() => binaryOp(B.LSHIFT, 1, -1), "ValueError negative shift count"],
    [() => binaryOp(B.LSHIFT, 1, 100), "1267650600228229401496703205376"],
    [() => binaryOp(B.FLOOR_DIVIDE, -7, 2), "-4"],
    [() => binaryOp(B.MODULO, -7, 2), "1"],
    [() => binaryOp(B.MODULO, 7, -2), "-1"],
    [() => binaryOp(B.FLOOR_DIVIDE, f(-7.5), 2), "-4.0"],
    [() => binaryOp(B.MODULO, f(-7.5), 2), "0.5"],
    [() => binaryOp(B.MODULO, f(7.5), -2), "-0.5"],
    [() => binaryOp(B.FLOOR_DIVIDE, -(2n ** 100n), 3), "-422550200076076467165567735126"],
    [() => binaryOp(B.MODULO, -(2n ** 100n), 7), "5"],
    [() => binaryOp(B.AND, 2n ** 70n, -3), "1180591620717411303424"],
    [() => binaryOp(B.OR, -(2n ** 70n), 5), "-1180591620717411303419"],
    [() => binaryOp(B.RSHIFT, -(2n ** 70n), 3), "-147573952589676412928"],
    [() => binaryOp(B.RSHIFT, -5, 1), "-3"],
    [() => binaryOp(B.LSHIFT, 1, 64), "18446744073709551616"],
    [() => binaryOp(B.ADD, 1, "a"), "TypeError unsupported types for __add__: 'int', 'str'"],
    [() => binaryOp(B.LESS, 1, "a"), "TypeError unsupported types for __lt__: 'int', 'str'"],
    [() => binaryOp(B.EQUAL, 2 ** 53 + 2, f(2 ** 53 + 2)), "True"],
    [() => binaryOp(B.TRUE_DIVIDE, 2n ** 100n, 2n ** 98n), "4.0"],
    [() => binaryOp(B.POWER, -8, f(1 / 3)), "(1+1.732050807568877j)"],
    [() => binaryOp(B.MULTIPLY, 3, true), "3"],
    [() => binaryOp(B.OR, true, false), "1"],
    [() => binaryOp(B.XOR, true, true), "0"],
    [() => binaryOp(B.AND, true, 3), "1"],
    [() => call(bi.divmod, [-7, 2]), "(-4, 1)"],
    [() => call(bi.divmod, [f(-7.5), 2]), "(-4.0, 0.5)"],
    [() => call(bi.divmod, [f(1), f(0.3)]), "(3.0, 0.10000000000000003)"],
    [() => call(bi.divmod, [7, "a"]), "TypeError unsupported types for __divmod__: 'int', 'str'"],
    [() => call(bi.abs, [-(2n ** 70n)]), "1180591620717411303424"],
    [() => call(bi.abs, ["a"]), "TypeError unsupported type for __abs__: 'str'"],
  ]);
});

Deno.test("int() parsing and conversion", () => {
  table([
    [() => call(intType, ["12a"]), "ValueError invalid syntax for integer with base 10: '12a'"],
    [() => call(intType, ["  12  "]), "12"],
    [() => call(intType, ["1_000"]), "1000"],
    [() => call(intType, ["0x1f", 16]), "31"],
    [() => call(intType, ["0o17", 0]), "15"],
    [() => call(intType, ["017", 0]), "ValueError invalid syntax for integer with base 0: '017'"],
    [() => call(intType, ["z", 36]), "35"],
    [() => call(intType, ["12", 1]), "ValueError int() arg 2 must be >= 2 and <= 36"],
    [() => call(intType, [""]), "ValueError invalid syntax for integer with base 10: ''"],
    [() => call(intType, ["-  1"]), "ValueError invalid syntax for integer with base 10: '  1'"],
    [() => call(intType, [" 12a "]), "ValueError invalid syntax for integer with base 10: '12a '"],
    [() => call(intType, ["0x", 16]), "ValueError invalid syntax for integer with base 16: ''"],
    [() => call(intType, ["9".repeat(30)]), "9".repeat(30)],
    [() => call(intType, [f(-1.9)]), "-1"],
    [() => call(intType, [f(1e30)]), "1000000000000000019884624838656"],
    [() => call(intType, [f(Infinity)]), "OverflowError can't convert inf to int"],
    [() => call(intType, [f(NaN)]), "ValueError can't convert NaN to int"],
    [() => call(intType, [null]), "TypeError can't convert NoneType to int"],
    [() => call(intType, [b("12")]), "12"],
    [() => call(intType, [12, 10]), "TypeError can't convert 'int' object to str implicitly"],
    [() => callMethod(255, "to_bytes", [2, "little"]), "b'\\xff\\x00'"],
    [() => callMethod(255, "to_bytes", [2]), "b'\\x00\\xff'"],
    [() => callMethod(256, "to_bytes", [1, "little"]), "OverflowError buffer too small"],
    [
      () => callMethod(2n ** 70n, "to_bytes", [10, "big"]),
      "b'\\x00@\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    ],
    [() => callMethod(intType, "from_bytes", [b("\x01\x02")]), "258"],
    // a classmethod: `signed` is accepted and ignored, as in MicroPython 1.27
    [() => callMethod(intType, "from_bytes", [b("\x7f\x01"), "little", true]), "383"],
    [() => callMethod(5, "from_bytes", [b("\x7f\x7f"), "little"]), "32639"],
    [() => callMethod(5, "to_bytes", []), "b'\\x05'"],
    [() => callMethod(-129, "to_bytes", [1]), "OverflowError buffer too small"],
    [() => call(boolType, [f(0)]), "False"],
  ]);
});

Deno.test("float repr and arithmetic", () => {
  const cases: [number, string][] = [
    [1.1, "1.1"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1e16, "1e+16"],
    [1e15, "1000000000000000.0"],
    [123456789012345678, "1.2345678901234568e+17"],
    [1e-5, "1e-05"],
    [1e-4, "0.0001"],
    [5e-324, "4.940656458412465e-324"],
    [1e23, "1e+23"],
    [-0, "-0.0"],
    [Infinity, "inf"],
    [NaN, "nan"],
    [12345678901234567, "1.2345678901234568e+16"],
    [2.5e-5, "2.5e-05"],
  ];
  for (const [x, want] of cases) assertEquals(repr(f(x)), want);
  table([
    [() => binaryOp(B.TRUE_DIVIDE, f(1), 0), "ZeroDivisionError divide by zero"],
    [() => binaryOp(B.POWER, f(0), -1), "ZeroDivisionError divide by zero"],
    [() => binaryOp(B.POWER, f(-2), f(0.5)), "(8.659560562354932e-17+1.414213562373095j)"],
    [() => binaryOp(B.MODULO, f(-0), 5), "0.0"],
    [() => binaryOp(B.MODULO, 5, f(-0)), "ZeroDivisionError divide by zero"],
    [() => binaryOp(B.MULTIPLY, f(1e308), 10), "inf"],
    [() => call(floatType, [" 1.5 "]), "1.5"],
    [() => call(floatType, ["abc"]), "ValueError invalid syntax for number"],
    [() => call(floatType, ["1_0.5"]), "10.5"],
    [() => call(floatType, ["-iNF"]), "-inf"],
    [() => call(floatType, [b("1.5")]), "1.5"],
    [() => call(floatType, [null]), "TypeError can't convert NoneType to float"],
    [() => call(floatType, [2n ** 1000n]), "1.0715086071862673e+301"],
    [() => call(bi.round, [f(2.5)]), "2"],
    [() => call(bi.round, [f(-2.5)]), "-2"],
    [() => call(bi.round, [f(2.675), 2]), "2.68"],
    [() => call(bi.round, [f(0.125), 2]), "0.12"],
    [() => call(bi.round, [1250, -2]), "1200"],
    [() => call(bi.round, [-25, -1]), "-20"],
    [() => call(bi.round, [f(135), -1]), "140.0"],
    [() => call(bi.round, [f(1.23), 400]), "nan"],
    [() => call(bi.round, [f(Infinity)]), "OverflowError can't convert inf to int"],
    [() => call(bi.round, [f(1.5), null]), "TypeError can't convert NoneType to int"],
    [() => call(bi.hex, [-255]), "'-0xff'"],
    [() => call(bi.hex, [f(1.5)]), "TypeError can't convert float to int"],
    [() => call(bi.bin, [true]), "'0b1'"],
    [() => call(bi.oct, [8]), "'0o10'"],
  ]);
});

Deno.test("float formatting", () => {
  const cases: [number, string, number, string][] = [
    [0.1, "f", 20, "0.10000000000000000000"],
    [0.1, "e", 25, "1.000000000000000000000000e-01"],
    [0.1, "g", 25, "0.1"],
    [1e25, "f", 0, "10000000000000000000000000"],
    [1e30, "f", 0, "100000000000000002000000000000"],
    [1e28, "f", 6, "1e+28"],
    [0.125, "f", 2, "0.13"],
    [2.5, "f", 0, "3"],
    [1234567, "g", 6, "1.23457e+06"],
    [9.96, "e", 1, "1.0e+01"],
    [99.6, "g", 2, "1e+02"],
    [1e-10, "G", 6, "1E-10"],
    [1e25, "f", 6, "10000000000000000000000000.0000"],
  ];
  for (const [x, t, p, want] of cases) assertEquals(formatFloat(x, t, p), want, `${x} ${t} ${p}`);
});

Deno.test("complex", () => {
  table([
    [() => binaryOp(B.MULTIPLY, new PyComplex(1, 2), new PyComplex(3, -4)), "(11+2j)"],
    [() => binaryOp(B.TRUE_DIVIDE, new PyComplex(1, 2), new PyComplex(3, -4)), "(-0.2+0.4j)"],
    [
      () => binaryOp(B.TRUE_DIVIDE, new PyComplex(1, 2), 0),
      "ZeroDivisionError complex divide by zero",
    ],
    [() => binaryOp(B.POWER, new PyComplex(0, 1), 2), "(-1+1.2246467991473532e-16j)"],
    [() => call(bi.abs, [new PyComplex(3, 4)]), "5.0"],
    [() => call(complexType, ["1+2j"]), "(1+2j)"],
    [() => new PyComplex(-0, -0), "-0j"],
    [() => new PyComplex(1e20, 1e-20), "(1e+20+1e-20j)"],
    [() => new PyComplex(Infinity, NaN), "(inf+nanj)"],
    [
      () => binaryOp(B.LESS, new PyComplex(1, 2), new PyComplex(1, 2)),
      "TypeError unsupported types for __lt__: 'complex', 'complex'",
    ],
    [() => call(cmath.sqrt, [-1]), "(6.123233995736766e-17+1j)"],
    [() => call(cmath.cos, [new PyComplex(0, 1)]), "(1.5430806348152437-0j)"],
    [() => call(cmath.log10, [100]), "(2+0j)"],
    [() => call(cmath.polar, [new PyComplex(0, 1)]), "(1.0, 1.5707963267948966)"],
  ]);
});

Deno.test("math", () => {
  table([
    [() => call(math.sqrt, [-1]), "ValueError math domain error"],
    [() => call(math.log, [8, 2]), "3.0"],
    [() => call(math.log, [8, 1]), "ZeroDivisionError divide by zero"],
    [() => call(math.exp, [1000]), "ValueError math domain error"],
    [() => call(math.floor, [f(2.5)]), "2"],
    [() => call(math.floor, [f(Infinity)]), "OverflowError can't convert inf to int"],
    [() => call(math.factorial, [25]), "15511210043330985984000000"],
    [() => call(math.factorial, [-1]), "ValueError negative factorial"],
    [() => call(math.frexp, [f(8)]), "(0.5, 4)"],
    [() => call(math.frexp, [f(0)]), "(0.0, 0)"],
    [() => call(math.modf, [f(-2.5)]), "(-0.5, -2.0)"],
    [() => call(math.gamma, [5]), "24.0"],
    [() => call(math.sqrt, ["a"]), "TypeError can't convert str to float"],
    [() => call(math.sqrt, [2n ** 2000n]), "inf"],
    [() => call(math.expm1, [f(1e-10)]), "1.00000000005e-10"],
    [() => call(math.ldexp, [1, 2000]), "inf"],
    [() => call(math.sin, [f(Infinity)]), "ValueError math domain error"],
  ]);
});

Deno.test("str basics and methods", () => {
  table([
    [() => "a'b", `"a'b"`],
    [() => "a'\"b", `'a\\'"b'`],
    [
      () => "\x00\x7f\x80\xa0\xff\u0100\u2028\u{1F600}\\\n\r\t",
      "'\\x00\\x7f\\x80\\xa0\\xff\\u0100\\u2028\\U0001f600\\\\\\n\\r\\t'",
    ],
    [() => call(strType, [b("ab\xff")]), `"b'ab\\\\xc3\\\\xbf'"`],
    [() => call(strType, [new PyBytes(new Uint8Array([255])), "utf-8"]), "UnicodeError "],
    [() => call(strType, [1, 2]), "TypeError object with buffer protocol required"],
    [() => getItem("abc", 5), "IndexError string index out of range"],
    [() => getItem("abc", "a"), "TypeError string indices must be integers, not str"],
    [() => getItem("a\u{1F600}b", 1), "'\\U0001f600'"],
    [() => getItem("a\u{1F600}b", -1), "'b'"],
    [
      () => getItem("abc", new PySlice(null, null, -1)),
      "NotImplementedError only slices with step=1 (aka None) are supported",
    ],
    [() => getItem("a\u{1F600}bc", new PySlice(1, 3, null)), "'\\U0001f600b'"],
    [() => binaryOp(B.IN, 1, "abc"), "TypeError can't convert 'int' object to str implicitly"],
    [() => binaryOp(B.MULTIPLY, "ab", -1), "''"],
    [() => callMethod("abc", "find", ["c", -1]), "2"],
    [() => callMethod("abc", "index", ["d"]), "ValueError substring not found"],
    [() => callMethod("a,b,,c", "split", [","]), "['a', 'b', '', 'c']"],
    [() => callMethod(" a  b ", "split", []), "['a', 'b']"],
    [() => callMethod("a,b,c", "rsplit", [",", 1]), "['a,b', 'c']"],
    [() => callMethod(" a  b ", "rsplit", [null, 1]), "NotImplementedError rsplit(None,n)"],
    [() => callMethod("abc", "split", [""]), "ValueError empty separator"],
    [
      () => callMethod(",", "join", [new PyList(["a", 1])]),
      "TypeError join expects a list of str/bytes objects consistent with self object",
    ],
    [() => callMethod("abc", "replace", ["", "-"]), "'-a-b-c-'"],
    [() => callMethod("aaa", "replace", ["a", "b", 2]), "'bba'"],
    [() => callMethod("abc", "center", [8]), "'  abc   '"],
    [() => callMethod("abc", "rpartition", ["x"]), "('', '', 'abc')"],
    [
      () => callMethod("a\nb\r\nc\rd\n", "splitlines", [true]),
      "['a\\n', 'b\\r\\n', 'c\\r', 'd\\n']",
    ],
    [() => callMethod("xxabcxx", "strip", ["x"]), "'abc'"],
    [
      () => callMethod("abc", "strip", [null]),
      "TypeError can't convert 'NoneType' object to str implicitly",
    ],
    [() => callMethod("abc", "startswith", [new PyTuple(["x", "a"])]), "True"],
    [() => callMethod("abc", "endswith", ["b", 0, 2]), "True"],
    [() => callMethod("\xc4Bc", "lower", []), "'\\xc4bc'"],
    [() => callMethod("AB1", "isupper", []), "True"],
    [() => callMethod("1", "isupper", []), "False"],
    [() => callMethod("abc", "count", [""]), "4"],
    [() => callMethod("\xe9", "encode", []), "b'\\xc3\\xa9'"],
    [() => new PyList(toArray("a\u{1F600}")), "['a', '\\U0001f600']"],
    [() => call(bi.ord, ["\u{1F600}"]), "128512"],
    [
      () => call(bi.ord, ["ab"]),
      "TypeError ord() expected a character, but string of length 2 found",
    ],
    [() => call(bi.ord, [1]), "TypeError can't convert 'int' object to str implicitly"],
    [() => call(bi.chr, [0x110000]), "ValueError chr() arg not in range(0x110000)"],
  ]);
});

Deno.test("str formatting", () => {
  const pct = (fmt: string, a: PyValue) => binaryOp(B.MODULO, fmt, a);
  const t = (...xs: PyValue[]) => new PyTuple(xs);
  table([
    [
      () => pct("%d %i %s %r %x %X %o %c %c %%", t(5, -3, "a", "a", 255, 255, 8, 65, "z")),
      `"5 -3 a 'a' ff FF 10 A z %"`,
    ],
    [
      () => pct("%5d|%-5d|%05d|%+d|% d|%.3d", t(42, 42, 42, 42, 42, 42)),
      "'   42|42   |00042|+42| 42|042'",
    ],
    [() => pct("%#x %#o %#X", t(255, 8, 255)), "'0xff 0o10 0XFF'"],
    [() => pct("%s %s", t(1)), "TypeError format string needs more arguments"],
    [() => pct("%s", t(1, 2)), "TypeError format string didn't convert all arguments"],
    [() => {
      const d = new PyDict();
      d.set("a", 1);
      d.set("b", 2);
      return pct("%(a)s %(b)d", d);
    }, "'1 2'"],
    [() => pct("%d", "a"), "TypeError can't convert str to int"],
    [() => pct("%d", f(1.5)), "'1'"],
    [() => pct("%x", f(1.5)), "TypeError can't convert float to int"],
    [() => pct("%*d", t(5, 3)), "'    3'"],
    [() => pct("%.*f", t(2, f(3.14159))), "'3.14'"],
    [() => pct("%10.4s|", "abcdefg"), "'      abcd|'"],
    [() => pct("%z", 1), "ValueError unsupported format character 'z' (0x7a) at index 1"],
    [() => pct("%", 1), "ValueError incomplete format"],
    [() => pct("%x", -255), "'-ff'"],
    [() => pct("%e", f(12345.678)), "'1.234568e+04'"],
    [() => pct("%5.1f%%", f(99.5)), "' 99.5%'"],
    [() => pct("%-05d|", 5), "'50000|'"],
    [() => pct("%08.2f", f(-3.14159)), "'-0003.14'"],
    [() => pct("%-+8.2f|", f(3.14159)), "'+3.14   |'"],
    [() => pct("%(a)s", 5), "TypeError format needs a dict"],
    [() => pct("%#.3x", 5), "'0x005'"],
    [() => pct("% 08d", 3), "' 0000003'"],
  ]);
  const fmt = (s: string, ...a: PyValue[]) => callMethod(s, "format", a);
  table([
    [() => fmt("{} {}", 1, "a"), "'1 a'"],
    [() => fmt("{!r} {!s}", "a", "b"), `"'a' b"`],
    [
      () => fmt("{:5}|{:<5}|{:>5}|{:^5}|{:*^7}", 1, 2, 3, 4, 5),
      "'    1|2    |    3|  4  |***5***'",
    ],
    [
      () => fmt("{:5}|{:<5}|{:>5}|{:^5}|{:*^7}", "a", "b", "c", "d", "e"),
      "'a    |b    |    c|  d  |***e***'",
    ],
    [
      () =>
        fmt(
          "{:+d} {: d} {:05d} {:x} {:#x} {:#b} {:o} {:X} {:c} {:,d}",
          1,
          2,
          -3,
          255,
          255,
          5,
          8,
          255,
          65,
          1234567,
        ),
      "'+1  2 -0003 ff 0xff 0b101 10 FF A 1,234,567'",
    ],
    [
      () => fmt("{:=+8d}|{:08.3f}|{:+.2e}", 5, f(-3.14159), f(12345.6)),
      "'+      5|-003.142|+1.23e+04'",
    ],
    [() => fmt("{:d}", f(1.5)), "ValueError unknown format code 'd' for object of type 'float'"],
    [() => fmt("{:.2}", "abcdef"), "'ab'"],
    [
      () => fmt("{} {1}", 1, 2),
      "ValueError can't switch from automatic field numbering to manual field specification",
    ],
    [() => fmt("{", 1), "ValueError unmatched '{' in format"],
    [() => fmt("}", 1), "ValueError single '}' encountered in format string"],
    [() => fmt("{2}", 1), "IndexError tuple index out of range"],
    [() => fmt("{:%}", 1), "'100.000000%'"],
    [() => fmt("{0:{1}}", 3, 5), "'    3'"],
    [() => fmt("{!x}", 3), "ValueError unknown conversion specifier x"],
    [() => fmt("{:010,}", 12345), "'00,012,345'"],
    [() => fmt("{:_x}", 2 ** 20), "'10_0000'"],
    [() => fmt("{:>10}", null), "TypeError can't convert 'NoneType' object to str implicitly"],
    [() => fmt("{:10}", true), "'         1'"],
    [() => fmt("{0[a]}", 1), "NotImplementedError attributes not supported"],
    [() => fmt("{:^6}|", "\xe9"), "'  \\xe9  |'"],
    [() => fmt("{:10}", f(1.23456789)), "'   1.23457'"],
    [() => fmt("{:.3}", f(1.0)), "'1'"],
    [() => fmt("{:010}", f(-1.5)), "'-0000001.5'"],
    [() => fmt("{:010}", "ab"), "'ab00000000'"],
    [() => fmt("{:=10}", "ab"), "ValueError '=' alignment not allowed in string format specifier"],
    [() => fmt("{:#b}", -5), "'-0b101'"],
    [() => fmt("{:5}", f(-0)), "'   -0'"],
    [() => fmt("{:,}", f(1234567.125)), "'1.23457e+06'"],
  ]);
});

Deno.test("bytes, bytearray, memoryview", () => {
  table([
    [() => call(bytesType, [3]), "b'\\x00\\x00\\x00'"],
    [() => call(bytesType, [new PyList([256])]), "ValueError bytes value out of range"],
    [() => call(bytesType, ["ab"]), "TypeError string argument without an encoding"],
    [() => call(bytesType, [-1]), "ValueError "],
    [() => call(bytearrayType, ["ab", "utf-8"]), "bytearray(b'ab')"],
    [() => binaryOp(B.ADD, call(bytearrayType, [b("ab")]), b("cd")), "bytearray(b'abcd')"],
    [() => getItem(b("abc"), 5), "IndexError bytes index out of range"],
    [() => binaryOp(B.EQUAL, b("abc"), call(bytearrayType, [b("abc")])), "True"],
    [() => binaryOp(B.IN, "b", b("abc")), "True"],
    [() => binaryOp(B.IN, 300, b("abc")), "False"],
    [() => callMethod(b("a\x00\xff\n'\""), "hex", []), "'6100c3bf0a2722'"],
    [() => callMethod(b("abc"), "hex", [":"]), "'61:62:63'"],
    [() => callMethod(bytesType, "fromhex", ["61 62"]), "b'ab'"],
    [() => callMethod(b(""), "fromhex", ["6"]), "ValueError non-hex digit"],
    [
      () => callMethod(b("a,b"), "split", [","]),
      "TypeError can't convert 'str' object to bytes implicitly",
    ],
    [
      () => callMethod(call(bytearrayType, [b("a,b")]), "split", [b(",")]),
      "[bytearray(b'a'), bytearray(b'b')]",
    ],
    [
      () => callMethod(b(","), "join", [new PyList([b("a"), call(bytearrayType, [b("b")])])]),
      "b'a,b'",
    ],
    [
      () => callMethod(b("abc"), "find", [99]),
      "TypeError can't convert 'int' object to str implicitly",
    ],
    [() => callMethod(b("abc"), "center", [7]), "b'  abc  '"],
    [() => binaryOp(B.MODULO, b("%d"), 5), "b'5'"],
    [() => callMethod(b("{}"), "format", [5]), "b'5'"],
  ]);
  const a = call(bytearrayType, [b("abc")]);
  callMethod(a, "append", [256]);
  callMethod(a, "extend", [new PyList([1, 2])]);
  setItem(a, 0, 65);
  setItem(a, new PySlice(1, 3, null), b("XYZ"));
  assertEquals(repr(a), "bytearray(b'AXYZ\\x00\\x01\\x02')");
  assertEquals(
    ev(() => (setItem(a, new PySlice(1, 2, null), new PyList([])), null)),
    "NotImplementedError array/bytes required on right side",
  );
  const h = call(bytearrayType, [b("hello")]);
  const m = call(memoryviewType, [h]);
  assertEquals(repr(getItem(m, 0)), "104");
  setItem(m, 0, 72);
  setItem(getItem(m, new PySlice(1, null, null)), new PySlice(0, 2, null), b("EL"));
  assertEquals(repr(h), "bytearray(b'HELlo')");
  assertEquals(ev(() => callMethod(m, "hex", [])), "'48454c6c6f'");
  assertEquals(ev(() => getItem(m, 10)), "IndexError memoryview index out of range");
  assertEquals(
    ev(() => call(memoryviewType, [1])),
    "TypeError object with buffer protocol required",
  );
  assertEquals(ev(() => binaryOp(B.EQUAL, m, b("HELlo"))), "True");
});
