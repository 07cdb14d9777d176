// Generators on the VM (py/objgenerator.c mp_obj_gen_resume, py/runtime.c mp_resume): resuming
// one runs its frame in a nested loop, or its compiled body (src/jit) once it has one; `yield
// from` resumes the delegate.
import { type PyValue, typeOf } from "./obj.ts";
import { PyBaseException, raise, RuntimeError, TypeError, ValueError } from "./obj_exception.ts";
import { funHooks, makeRaiseObj, PyGenerator } from "./obj_fun.ts";
import { call, loadMethod, lookupAttr } from "./runtime.ts";
import { state } from "./interp_state.ts";
import { vmEnv } from "./vm_env.ts";
import { isGeneratorExit, isStopIteration } from "./vm_ops.ts";
import { jitReady, ThrownIn } from "./vm_jit.ts";
import {
  addFrameLine,
  jitException,
  MODE_NONE,
  MODE_SETTOP,
  MODE_THROW,
  recursionError,
  run,
  vmLimits,
} from "./vm.ts";

const methDest: (PyValue | undefined)[] = [undefined, undefined];

interface YieldResult {
  kind: number; // 0 yield, 1 return
  value: PyValue;
}
const yr: YieldResult = { kind: 0, value: null };

/** Resume a `yield from` delegate (py/runtime.c mp_resume). */
export function yieldFrom(
  it: PyValue,
  send: PyValue,
  exc: PyValue | undefined,
): YieldResult {
  if (it instanceof PyGenerator) {
    if (it.finished) {
      yr.kind = 1;
      yr.value = null;
      return yr;
    }
    const v = resumeGenerator(it, send, exc);
    yr.kind = it.finished ? 1 : 0;
    yr.value = v;
    return yr;
  }
  try {
    if (exc === undefined) {
      if (send === null) {
        const t = typeOf(it);
        if (t.iterNext !== undefined) {
          vmEnv.stopIterationArg = null;
          const v = t.iterNext(it);
          if (v === undefined) {
            yr.kind = 1;
            yr.value = vmEnv.stopIterationArg;
            vmEnv.stopIterationArg = null;
          } else {
            yr.kind = 0;
            yr.value = v;
          }
          return yr;
        }
        loadMethod(it, "__next__", methDest);
      } else {
        loadMethod(it, "send", methDest);
      }
      const fn = methDest[0] as PyValue;
      const self = methDest[1];
      const args: PyValue[] = send === null ? [] : [send];
      if (self !== undefined) args.unshift(self);
      yr.value = call(fn, args);
      yr.kind = 0;
      return yr;
    }
    const close = isGeneratorExit(exc);
    const m = lookupAttr(it, close ? "close" : "throw");
    if (m !== undefined) {
      yr.value = close ? call(m, []) : call(m, [exc]);
      yr.kind = close ? 1 : 0;
      return yr;
    }
    throw makeRaiseObj(exc);
  } catch (e) {
    if (e instanceof PyBaseException && isStopIteration(e)) {
      yr.kind = 1;
      yr.value = e.args.items.length > 0 ? e.args.items[0] : null;
      return yr;
    }
    throw e;
  }
}

/** Resume a generator with a sent value or a thrown exception (mp_obj_gen_resume). Returns
 * the yielded value, or the returned value with gen.finished set. */
function resumeGenerator(g: PyGenerator, send: PyValue, exc: PyValue | undefined): PyValue {
  if (g.finished) return null;
  if (g.running) raise(ValueError, "generator already executing");
  const f = g.frame;
  // An exception left by pend_throw() is thrown in place of what was sent or thrown.
  if (g.pendExc !== null) exc = g.pendExc;
  if (!f.started && send !== null) {
    raise(TypeError, "can't send non-None value to a just-started generator");
  }
  g.pendExc = null;
  const mode = exc !== undefined ? MODE_THROW : f.started ? MODE_SETTOP : MODE_NONE;
  f.started = true;
  const st = state;
  const base = st.depth;
  if (++st.depth > vmLimits.maxDepth) {
    st.depth = base;
    recursionError();
  }
  g.running = true;
  try {
    const code = f.code;
    if (
      g.js !== undefined ||
      (mode === MODE_NONE &&
        jitReady(code, g.fun))
    ) {
      return resumeCompiled(g, mode, exc !== undefined ? exc : send);
    }
    const r = run(f, f, mode, exc !== undefined ? exc : send, false) as PyValue;
    if (f.js !== undefined) {
      g.js = f.js; // it continued compiled
      f.js = undefined;
    }
    if (!f.yielded) g.finished = true;
    return r;
  } catch (e) {
    g.finished = true;
    if (e instanceof PyBaseException && isStopIteration(e)) {
      raise(RuntimeError, "generator raised StopIteration");
    }
    throw e;
  } finally {
    g.running = false;
    st.depth = base;
  }
}

/** Resume a generator whose body is compiled (a JavaScript generator made from its frame at
 * the first resume). Like run() for a generator: it cannot suspend. */
function resumeCompiled(g: PyGenerator, mode: number, value: PyValue): PyValue {
  const st = state;
  const f = g.frame;
  const prevSuspendable = st.suspendable;
  const prevFrame = st.frame;
  st.suspendable = false;
  try {
    let it = g.js;
    if (it === undefined) {
      it = g.js = f.code.jit!(g.fun, f) as unknown as Iterator<PyValue, PyValue, PyValue>;
    }
    const r = mode === MODE_THROW ? it.throw!(new ThrownIn(value)) : it.next(value);
    if (r.done) g.finished = true;
    return r.value;
  } catch (e) {
    // throw() into a generator that never ran raises without running its code.
    if (e instanceof ThrownIn) throw addFrameLine(makeRaiseObj(e.exc), f);
    throw jitException(e);
  } finally {
    st.suspendable = prevSuspendable;
    st.frame = prevFrame;
  }
}

funHooks.resume = resumeGenerator;
