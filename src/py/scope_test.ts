import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { IdFlag, Scope } from "./scope.ts";

function param(s: Scope, name: string, flags: number = IdFlag.IS_PARAM): void {
  s.findOrAdd(name, "local").id.flags = flags;
}

Deno.test("def f(a, b=2, *c, d, e=5, **g): locals a0 b1 e2 d3 c4 g5", () => {
  const mod = new Scope("module", "<module>", undefined);
  const f = new Scope("function", "f", mod);
  f.scopeFlags = 0x0e;
  f.nPosArgs = 2;
  f.nKwonlyArgs = 2;
  f.nDefPosArgs = 1;
  param(f, "a");
  param(f, "b");
  param(f, "c", IdFlag.IS_PARAM | IdFlag.IS_STAR_PARAM);
  param(f, "d");
  param(f, "e");
  param(f, "g", IdFlag.IS_PARAM | IdFlag.IS_DBL_STAR_PARAM);
  f.computeLocals();
  const num = Object.fromEntries(f.ids.map((id) => [id.name, id.localNum]));
  assertEquals(num, { a: 0, b: 1, e: 2, d: 3, c: 4, g: 5 });
  assertEquals(f.argNames, ["a", "b", "e", "d"]);
});

Deno.test("closures: free variables first, captured locals become cells", () => {
  const mod = new Scope("module", "<module>", undefined);
  const outer = new Scope("function", "outer", mod);
  outer.nPosArgs = 1;
  param(outer, "n");
  outer.findOrAdd("count", "local");
  outer.findOrAdd("tmp", "local");
  const inner = new Scope("function", "inc", outer);
  inner.nPosArgs = 1;
  inner.nDefPosArgs = 1;
  param(inner, "step");
  const use = inner.findOrAdd("count", "global_implicit").id;
  inner.checkToCloseOver(use);
  const useN = inner.findOrAdd("n", "global_implicit").id;
  inner.checkToCloseOver(useN);
  outer.computeLocals();
  inner.computeLocals();
  assertEquals(outer.ids.map((id) => [id.name, id.kind, id.localNum]), [
    ["n", "cell", 0],
    ["count", "cell", 2],
    ["tmp", "local", 1],
  ]);
  assertEquals(outer.cellLocals, [0, 2]);
  // Frees in the parent's order (n, count), then the parameter.
  assertEquals(inner.ids.map((id) => [id.name, id.localNum]), [["step", 2], ["count", 1], [
    "n",
    0,
  ]]);
  assertEquals(inner.argNames, ["*", "*", "step"]);
  assertEquals(inner.nPosArgs, 3);
});
