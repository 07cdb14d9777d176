import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { complexRepr, floatRepr } from "./writer.ts";
import { encodeVsint, encodeVuint } from "../py/emit_bc_encode.ts";

Deno.test("vuint and vsint encodings match spec examples", () => {
  const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(" ");
  assertEquals(hex(encodeVuint(0)), "00");
  assertEquals(hex(encodeVuint(127)), "7f");
  assertEquals(hex(encodeVuint(128)), "81 00");
  assertEquals(hex(encodeVuint(300)), "82 2c");
  assertEquals(hex(encodeVuint(0x384)), "87 04");
  const sints: [number, string][] = [
    [48, "30"],
    [64, "80 40"],
    [100, "80 64"],
    [1000, "87 68"],
    [12345, "80 e0 39"],
    [-17, "6f"],
    [-123, "ff 05"],
    [-128, "ff 00"],
    [0, "00"],
    [-1, "7f"],
  ];
  for (const [n, h] of sints) assertEquals(hex(encodeVsint(n)), h, String(n));
});

Deno.test("float and complex repr follow Python", () => {
  const cases: [number, string][] = [
    [1.5, "1.5"],
    [1e16, "1e+16"],
    [1e-5, "1e-05"],
    [0.0001, "0.0001"],
    [123456789012345.6, "123456789012345.6"],
    [-0, "-0.0"],
    [2.5e-300, "2.5e-300"],
    [1e22, "1e+22"],
    [100.0, "100.0"],
  ];
  for (const [x, s] of cases) assertEquals(floatRepr(x), s);
  assertEquals(complexRepr(0, 4), "4j");
  assertEquals(complexRepr(0, 0.5), "0.5j");
});
