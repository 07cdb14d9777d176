import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { QstrPool } from "./compiler_strings.ts";

Deno.test("string literal interning follows mpy-cross (docs/spec/bytecode.md §8)", () => {
  const pool = new QstrPool("t.py");
  assertEquals(pool.internLiteral("0123456789"), true);
  assertEquals(pool.internLiteral("01234567890"), false);
  assertEquals(pool.internLiteral("NotImplementedError"), true);
  assertEquals(pool.internLiteral("also_long_string_x"), false);
  pool.see("also_long_string_x");
  assertEquals(pool.internLiteral("also_long_string_x"), true);
  assertEquals(pool.internLiteral("t.py"), true);
});
