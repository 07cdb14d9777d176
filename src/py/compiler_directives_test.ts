import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { directiveOf } from "./compiler_directives.ts";

Deno.test("micropython decorators are recognised as emit directives", () => {
  assertEquals(directiveOf(["micropython", "native"]), "native");
  assertEquals(directiveOf(["micropython", "viper"]), "viper");
  assertEquals(directiveOf(["micropython", "asm_thumb"]), "asm_thumb");
  assertEquals(directiveOf(["micropython", "const"]), undefined);
  assertEquals(directiveOf(["native"]), undefined);
});
