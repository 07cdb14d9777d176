import { deepStrictEqual, equal, throws } from "node:assert/strict";
import { parseCli, UsageError } from "./args.ts";

Deno.test("script and its arguments", () => {
  const o = parseCli(["-X", "emit=native", "prog.py", "-c", "x"]);
  equal(o.script, "prog.py");
  deepStrictEqual(o.programArgs, ["-c", "x"]);
  equal(o.emit, "native");
});

Deno.test("-c stops option parsing", () => {
  const o = parseCli(["-O2", "-c", "print(1)", "a", "-v"]);
  equal(o.command, "print(1)");
  equal(o.optLevel, 2);
  deepStrictEqual(o.programArgs, ["a", "-v"]);
});

Deno.test("-OO counts levels, -m takes a module", () => {
  const o = parseCli(["-OO", "-m", "mod", "x"]);
  equal(o.optLevel, 2);
  equal(o.module, "mod");
  deepStrictEqual(o.programArgs, ["x"]);
});

Deno.test("bad options are usage errors", () => {
  throws(() => parseCli(["--nope"]), UsageError);
  throws(() => parseCli(["-X", "emit=js"]), UsageError);
});
