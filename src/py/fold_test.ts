import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { BinaryOp, UnaryOp } from "./bytecode.ts";
import { fitsSmallInt, foldBinary, type FoldNum, foldUnary } from "./fold.ts";

const i = (v: bigint): FoldNum => ({ kind: "int", value: v });
const f = (v: number): FoldNum => ({ kind: "float", value: v });

Deno.test("int folding follows Python semantics", () => {
  assertEquals(foldBinary(BinaryOp.FLOOR_DIVIDE, i(-7n), i(2n)), i(-4n));
  assertEquals(foldBinary(BinaryOp.MODULO, i(-7n), i(2n)), i(1n));
  assertEquals(foldBinary(BinaryOp.POWER, i(2n), i(100n)), i(1n << 100n));
  assertEquals(foldBinary(BinaryOp.POWER, i(2n), i(-1n)), f(0.5));
  assertEquals(foldBinary(BinaryOp.TRUE_DIVIDE, i(1n), i(4n)), f(0.25));
  assertEquals(foldBinary(BinaryOp.LSHIFT, i(1n), i(40n)), i(1n << 40n));
});

Deno.test("operations that raise or give complex are not folded", () => {
  assertEquals(foldBinary(BinaryOp.FLOOR_DIVIDE, i(1n), i(0n)), undefined);
  assertEquals(foldBinary(BinaryOp.TRUE_DIVIDE, f(1), f(0)), undefined);
  assertEquals(foldBinary(BinaryOp.LSHIFT, i(1n), i(-1n)), undefined);
  assertEquals(foldBinary(BinaryOp.POWER, f(-8), f(0.5)), undefined);
  assertEquals(foldBinary(BinaryOp.AND, f(1), i(1n)), undefined);
  assertEquals(foldUnary(UnaryOp.INVERT, f(1)), undefined);
});

Deno.test("float folding and unary ops", () => {
  assertEquals(foldBinary(BinaryOp.MODULO, f(-7), f(2)), f(1));
  assertEquals(foldBinary(BinaryOp.FLOOR_DIVIDE, f(-7), f(2)), f(-4));
  assertEquals(foldBinary(BinaryOp.ADD, i(1n), f(0.5)), f(1.5));
  assertEquals(foldUnary(UnaryOp.NEGATIVE, i(5n)), i(-5n));
  assertEquals(foldUnary(UnaryOp.INVERT, i(5n)), i(-6n));
  assertEquals(fitsSmallInt(1073741823n), true);
  assertEquals(fitsSmallInt(1073741824n), false);
});

Deno.test("results MicroPython cannot compute are left to run time", () => {
  assertEquals(foldBinary(BinaryOp.LSHIFT, i(1n), i(1n << 70n)), undefined);
  assertEquals(foldBinary(BinaryOp.LSHIFT, i(1n), i(1n << 31n)), undefined);
  assertEquals(foldBinary(BinaryOp.RSHIFT, i(1n), i(1n << 70n)), undefined);
  assertEquals(foldBinary(BinaryOp.POWER, i(2n), i(1n << 40n)), undefined);
  assertEquals(foldBinary(BinaryOp.POWER, i(-1n), i(1n << 40n)), i(1n));
  const big = foldBinary(BinaryOp.LSHIFT, i(1n), i(1n << 29n))!;
  assertEquals(foldBinary(BinaryOp.MULTIPLY, big, big), undefined);
});
