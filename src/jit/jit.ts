// The JavaScript tier (-X jit): compiles a hot bytecode function to a JavaScript function
// (emit_js.ts) and installs itself as the VM's compiler (vm_jit.ts jitHooks). Loading this
// module is what turns the tier on; the VM runs without it.
import type { Code } from "../py/vm_prelude.ts";
import { type JitFn, jitHooks } from "../py/vm_jit.ts";
import { analyze } from "./analyze.ts";
import { emitJs, UNDERFLOW } from "./emit_js.ts";
import { R } from "./jit_runtime.ts";

/** Generated source beyond this many characters stays interpreted. */
const MAX_SOURCE = 2_000_000;

/** Why the last function that failed to compile stayed interpreted (for debugging). */
export const jitLog = { lastRefusal: "" };

/** Compile `code` for functions closing over `nClosed` cells; undefined if it stays
 * interpreted. */
export function compileJs(code: Code, nClosed: number): JitFn | undefined {
  const a = analyze(code);
  if (typeof a === "string") {
    jitLog.lastRefusal = `${code.name}: ${a}`;
    return undefined;
  }
  let factory: (r: typeof R, k: unknown) => JitFn;
  try {
    const src = emitJs(code, a, nClosed);
    if (src.includes(UNDERFLOW)) throw new Error("stack underflow");
    // Every park site lists every local: a huge function would cost more to compile than
    // it saves.
    if (src.length > MAX_SOURCE) throw new Error("too large");
    factory = new Function("R", "K", src) as typeof factory;
  } catch (e) {
    jitLog.lastRefusal = `${code.name}: ${e instanceof Error ? e.message : e}`;
    return undefined;
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

/** The JavaScript source of `code` (undefined when it stays interpreted). */
export function emitJsSource(code: Code, nClosed: number): string | undefined {
  const a = analyze(code);
  if (typeof a === "string") return undefined;
  return emitJs(code, a, nClosed);
}

jitHooks.compile = compileJs;
