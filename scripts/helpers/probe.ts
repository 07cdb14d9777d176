// Runs one Python file in the reference MicroPython (WebAssembly build) and prints what it wrote:
//   deno run -A scripts/helpers/probe.ts file.py
// (scripts/oracle.ts is the faithful version: file names, helper modules, exit status.)
import { loadMicroPython } from "micropython-oracle";

let out = "";
const mp = await loadMicroPython({
  stdout: (s: string) => {
    out += s + "\n";
  },
  stderr: (s: string) => {
    out += "ERR:" + s + "\n";
  },
});
const src = await Deno.readTextFile(Deno.args[0]);
try {
  mp.runPython(src);
} catch (e) {
  out += "EXC:" + String(e).slice(0, 400);
}
console.log(out);
