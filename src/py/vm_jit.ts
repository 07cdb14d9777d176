// The VM's side of the JavaScript tier (src/jit): when a function is hot enough to compile,
// how the interpreter calls compiled code, and how compiled code gives its frames back to the
// interpreter (deoptimisation) when it must suspend: a sleep, a socket wait or a time-slice
// yield inside compiled code turns every compiled activation on the JS stack into an ordinary
// VM frame, so the run loop can wait and resume exactly as it does for interpreted code.
import type { PyValue } from "./obj.ts";
import type { PyFunction } from "./obj_fun.ts";
import type { Frame } from "./vm_frame.ts";
import type { Code } from "./vm_prelude.ts";
import { state } from "./interp_state.ts";

/** A compiled function: call mode `(fn, undefined, ...args)` runs a fresh activation; frame
 * mode `(fn, frame)` continues `frame` from frame.ip (on-stack replacement). Returns the
 * Python result or DEOPT. */
export type JitFn = (
  fn: PyFunction | undefined,
  f: Frame | undefined,
  ...args: PyValue[]
) => PyValue;

/** What compiled code returns when it had to hand its activations to the interpreter: the
 * promise to wait for, and the chain of frames made so far (inner = the innermost, bottom = the
 * outermost, whose `back` the caller links to its own frame). */
export interface Deopt {
  promise: Promise<PyValue>;
  /** Push the promise's value on resume (false: a time-slice yield). */
  push: boolean;
  inner: Frame | undefined;
  bottom: Frame | undefined;
}
export const DEOPT: Deopt = {
  promise: Promise.resolve(null),
  push: false,
  inner: undefined,
  bottom: undefined,
};

/** Start a deoptimisation waiting for `promise`. */
export function startDeopt(promise: Promise<PyValue>, push: boolean): Deopt {
  DEOPT.promise = promise;
  DEOPT.push = push;
  DEOPT.inner = undefined;
  DEOPT.bottom = undefined;
  return DEOPT;
}

/** Add `fr` (a parked activation) below the frames DEOPT holds. */
export function deoptLink(fr: Frame): Deopt {
  if (DEOPT.inner === undefined) DEOPT.inner = fr;
  else DEOPT.bottom!.back = fr;
  DEOPT.bottom = fr;
  return DEOPT;
}

/** What a compiled generator's yield receives from throw() and close(): the exception to raise
 * there, or to hand on to the delegate of a `yield from`. */
export class ThrownIn {
  constructor(readonly exc: PyValue) {}
}

/** The compiler, installed by src/jit/jit.ts when the tier is loaded. */
export const jitHooks = {
  compile: undefined as ((code: Code, nClosed: number) => JitFn | undefined) | undefined,
};

/** -X jit: 0 off, 1 on (hot functions), 2 eager (every function that can be). */
export const JIT_OFF = 0;
export const JIT_ON = 1;
export const JIT_EAGER = 2;
export const JIT_MODES = ["off", "on", "eager"] as const;
export type JitMode = typeof JIT_MODES[number];
/** Calls plus backward jumps before a function is compiled. */
export const JIT_HOT = 50;
/** A countdown that never runs out (compiling failed, or the tier is off). */
export const JIT_NEVER = 2 ** 30;

/** The countdown a newly loaded function starts with under the running interpreter's mode. */
export function jitStartCount(): number {
  const st = state;
  if (st === undefined) return JIT_NEVER;
  const m = st.jitMode;
  return m === JIT_EAGER ? 1 : m === JIT_ON ? JIT_HOT : JIT_NEVER;
}

/** `code`'s countdown ran out: compile it (true when it now has compiled code). */
export function jitHot(code: Code, fn: PyFunction | undefined): boolean {
  code.hot = JIT_NEVER;
  const st = state;
  if (st.jitMode === JIT_OFF || jitHooks.compile === undefined) return false;
  const nClosed = fn?.closure?.length ?? 0;
  const j = jitHooks.compile(code, nClosed);
  if (j === undefined) return false;
  code.jit = j;
  // Call mode takes positional arguments only; the rest go through a frame (bindArgs), and a
  // generator function makes a generator (its compiled body runs from resumeGenerator).
  code.jitArgs = code.simpleArgs && !code.isGenerator ? code.nPos - nClosed : -1;
  code.jitMin = Math.max(0, code.nPos - code.nDefPos - nClosed);
  code.jitClosed = nClosed;
  code.hot = 0;
  st.jitCompiled.push(code);
  return true;
}

/** Does `code` have compiled code, compiling it now if this call or resume makes it hot? */
export function jitReady(code: Code, fn: PyFunction | undefined): boolean {
  return code.jit !== undefined || (--code.hot <= 0 && jitHot(code, fn));
}

/** Call compiled `fn` with the arguments at regs[off..off+n) (and `self` first). */
export function callJit(
  fn: PyFunction,
  regs: (PyValue | undefined)[],
  off: number,
  n: number,
  self: PyValue | undefined,
): PyValue {
  const j = fn.code.jit!;
  if (self !== undefined) {
    switch (n) {
      case 0:
        return j(fn, undefined, self);
      case 1:
        return j(fn, undefined, self, regs[off] as PyValue);
      case 2:
        return j(fn, undefined, self, regs[off] as PyValue, regs[off + 1] as PyValue);
      case 3:
        return j(
          fn,
          undefined,
          self,
          regs[off] as PyValue,
          regs[off + 1] as PyValue,
          regs[off + 2] as PyValue,
        );
    }
    return j(fn, undefined, self, ...(regs.slice(off, off + n) as PyValue[]));
  }
  switch (n) {
    case 0:
      return j(fn, undefined);
    case 1:
      return j(fn, undefined, regs[off] as PyValue);
    case 2:
      return j(fn, undefined, regs[off] as PyValue, regs[off + 1] as PyValue);
    case 3:
      return j(
        fn,
        undefined,
        regs[off] as PyValue,
        regs[off + 1] as PyValue,
        regs[off + 2] as PyValue,
      );
  }
  return j(fn, undefined, ...(regs.slice(off, off + n) as PyValue[]));
}

/** Can frame `f` continue in its compiled code from f.ip? Its stack and open handlers must be
 * as the compiled code has them there (not, say, inside a finally block that a return
 * entered, where the interpreter keeps the return value on the stack). */
export function jitCanEnter(f: Frame): boolean {
  const c = f.code;
  const e = c.jitEntries?.get(f.ip);
  return e !== undefined && e === (f.sp - c.nState + 1) * 256 + f.excSp;
}

/** Can compiled `fn` take `n` positional arguments in call mode? */
export function jitTakes(fn: PyFunction, n: number): boolean {
  const c = fn.code;
  return c.jit !== undefined && n <= c.jitArgs && n >= c.jitMin &&
    (fn.closure === undefined ? 0 : fn.closure.length) === c.jitClosed;
}
