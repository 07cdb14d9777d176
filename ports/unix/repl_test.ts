import { equal } from "node:assert/strict";
import { needsContinuation, nextIndent } from "./repl.ts";

Deno.test("continuation: compound statements until an empty line", () => {
  equal(needsContinuation("x = 1"), false);
  equal(needsContinuation("if x:"), true);
  equal(needsContinuation("if x:\n    y"), true);
  equal(needsContinuation("if x:\n    y\n"), false);
});

Deno.test("continuation: open brackets, triple quotes, decorators", () => {
  equal(needsContinuation("f(1,"), true);
  equal(needsContinuation("s = '''abc"), true);
  equal(needsContinuation("s = ')'"), false);
  equal(needsContinuation("@dec"), true);
});

Deno.test("auto-indent after a colon", () => {
  equal(nextIndent("def f():"), "    ");
  equal(nextIndent("def f():\n    if x:"), "        ");
  equal(nextIndent("def f():\n    y = 1"), "    ");
});
