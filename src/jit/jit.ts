// The JavaScript tier (-X jit): compiles a hot bytecode function to a JavaScript function
// (emit_js.ts) and installs itself as the VM's compiler (vm_jit.ts jitHooks). Loading this
// module is what turns the tier on; the VM runs without it.
import type { Code } from "../py/vm_prelude.ts";
import { type JitFn, jitHooks } from "../py/vm_jit.ts";
import { analyze } from "./analyze.ts";
import { emitJs, UNDERFLOW } from "./emit_js.ts";
import { R } from "./jit_runtime.ts";

/** Generated source beyond this many characters stays interpreted: every park site lists every
 * local, so a huge function would cost more to compile than it saves. */
const MAX_SOURCE = 2_000_000;

/** Compile `code` for functions closing over `nClosed` cells; undefined if it stays
 * interpreted (scripts/jit_dump.ts says why). */
export function compileJs(code: Code, nClosed: number): JitFn | undefined {
  const a = analyze(code);
  if (typeof a === "string") return undefined;
  const src = emitJs(code, a, nClosed);
  if (src.includes(UNDERFLOW) || src.length > MAX_SOURCE) return undefined;
  let factory: (r: typeof R, k: unknown) => JitFn;
  try {
    factory = new Function("R", "K", src) as typeof factory;
  } catch {
    return undefined; // a generator bug must not stop the program: it stays interpreted
  }
  // Where the interpreter may hand over a running frame: block starts, with the stack depth
  // and open handler entries the compiled code expects there.
  const entries = new Map<number, number>();
  for (const at of a.instrs) {
    if (a.starts.has(at.ip)) entries.set(at.ip, at.depth * 256 + at.exc.length);
  }
  code.jitEntries = entries;
  return factory(R, { code, qstrs: code.ctx.qstrs, consts: code.ctx.consts });
}

jitHooks.compile = compileJs;
