import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { runPasses } from "./compiler_driver.ts";
import { Scope } from "./scope.ts";
import { Pass } from "./emit.ts";
import { writeMpy } from "../mpy/writer.ts";
import "../../emitter/machine_backends.ts";

// Hand-driven equivalent of the source `def f():\n    return 1\nf()\n` compiled by mpy-cross.
Deno.test("driver assembles a module with a child function and shared tables", () => {
  const mod = new Scope("module", "<module>", undefined);
  const f = new Scope("function", "f", mod);
  const scopes = [mod];
  const m = runPasses("t.py", mod, scopes, (scope, e, pass) => {
    if (scope === mod) {
      if (pass === Pass.SCOPE) scopes.push(f);
      e.setSourceLine(1);
      e.makeFunction(f, 0, 0);
      e.storeGlobal("f", "name");
      e.setSourceLine(3);
      e.loadGlobal("f", "name");
      e.callFunction(0, 0, 0);
      e.popTop();
      e.loadConstTok("none");
      e.returnValue();
    } else {
      e.setSourceLine(2);
      e.loadConstSmallInt(1);
      e.returnValue();
    }
  });
  assertEquals(m.qstrs, ["t.py", "<module>", "f"]);
  assertEquals(m.rawCode.children.length, 1);
  const hex = [...writeMpy(m)].map((x) => x.toString(16).padStart(2, "0")).join(" ");
  // Header, 3 qstrs, no constants.
  assertEquals(hex.startsWith("4d 06 00 1f 03 00"), true);
  // Child f: n_state 1, n_info 2 (name + one line step of +1 line at offset 0), 81 63.
  assertEquals(hex.endsWith("00 04 02 20 81 63"), true);
});
