// Print the JavaScript that the JIT tier (src/jit) writes for each function of a Python file,
// or for the functions named after it: deno run -A scripts/jit_dump.ts prog.py [name...]
import { compileText } from "../src/py/runtime_init.ts";
import { Interpreter } from "../src/py/interpreter.ts";
import { activate } from "../src/py/interp_state.ts";
import { type Code, loadCode } from "../src/py/vm.ts";
import { emitJs, UNDERFLOW } from "../src/jit/emit_js.ts";
import { analyze } from "../src/jit/analyze.ts";

const [file, ...names] = Deno.args;
if (file === undefined) {
  console.error("usage: deno run -A scripts/jit_dump.ts prog.py [function names...]");
  Deno.exit(2);
}
activate(new Interpreter().state);
const walk = (c: Code) => {
  if (names.length === 0 || names.includes(c.name)) {
    const a = analyze(c);
    const src = typeof a === "string" ? `// stays interpreted: ${a}` : emitJs(c, a, 0);
    console.log(`// ${c.name}`);
    console.log(src.includes(UNDERFLOW) ? "// stays interpreted: stack underflow" : src);
  }
  for (let i = 0; i < c.raw.children.length; i++) walk(c.child(i));
};
walk(loadCode(compileText(Deno.readTextFileSync(file), file)));
