// Runs the mpy-cross 1.27 vectors (src/mpy/testdata/vectors/NN_*.mpy) on the VM and compares
// stdout with the recorded MicroPython output.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { readMpy } from "../mpy/reader.ts";
import { loadCode, newModuleGlobals, runModule } from "./vm.ts";
import { formatException, toPyException } from "./obj_exception.ts";
import { Interpreter } from "./interpreter.ts";
import { memoryHost } from "./host.ts";
import { activate } from "./interp_state.ts";

const dir = new URL("../mpy/testdata/vectors/", import.meta.url);
let names: string[] = [];
try {
  names = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) =>
    /^\d\d_[a-z_0-9]+\.mpy$/.test(n)
  ).sort();
} catch {
  // vectors not present in this checkout
}

for (const name of names) {
  const base = name.slice(0, -4);
  Deno.test(`vector ${base}`, async () => {
    const exp = Deno.readTextFileSync(new URL(base + ".exp", dir));
    let out = "";
    const interp = new Interpreter({ host: memoryHost({ writeStdout: (s) => (out += s) }) });
    activate(interp.state);
    try {
      const cm = readMpy(Deno.readFileSync(new URL(name, dir)));
      await runModule(loadCode(cm), newModuleGlobals(base, base + ".py"));
    } catch (e) {
      out += formatException(toPyException(e));
    }
    assertEquals(out, exp);
  });
}
