// What code made by emit_js.ts calls: the runtime operations of the interpreter, plus the
// calls, parking (deoptimisation) and safe points of compiled activations. Generated code gets
// this object as `R` and reads its members once, when the function is instantiated.
import { type Kw, PyBuiltin, type PyValue, typeOf } from "../py/obj.ts";
import { dictType, PyDict } from "../py/obj_dict.ts";
import { KeyError, NameError, PyBaseException, raise, RuntimeError } from "../py/obj_exception.ts";
import { floatType, PyFloat } from "../py/obj_float.ts";
import { GENERATOR_EXIT, makeRaiseObj, PyCell, PyFunction } from "../py/obj_fun.ts";
import { PyList } from "../py/obj_list.ts";
import { PyRangeIter } from "../py/obj_range.ts";
import { newSet } from "../py/obj_set.ts";
import { PySlice } from "../py/obj_slice.ts";
import { PyTuple, tuple } from "../py/obj_tuple.ts";
import {
  binaryOp,
  call,
  delItem,
  getAttr,
  getItem,
  getIter,
  iterNext,
  loadMethod,
  PyBoundMethod,
  setAttr,
  setItem,
  truthy,
  unaryOp,
} from "../py/runtime.ts";
import { PySeqIter } from "../py/seq.ts";
import { allocFailed } from "../py/heap.ts";
import { overriddenBuiltin } from "../py/obj_module.ts";
import { state } from "../py/interp_state.ts";
import { flattenVarArgs } from "../py/vm_call.ts";
import { Frame } from "../py/vm_frame.ts";
import type { Code } from "../py/vm_prelude.ts";
import { RawCodeKind } from "../py/raw_code.ts";
import { vmEnv } from "../py/vm_env.ts";
import {
  bigNorm,
  callExit,
  isGeneratorExit,
  isStopIteration,
  unpackEx,
  unpackSequence,
} from "../py/vm_ops.ts";
import { importFrom, importName, importStar } from "../py/import.ts";
import {
  frameFor,
  fromJsError,
  jitRunFrame,
  jitTick,
  jitTicks,
  Suspend,
  vmLimits,
} from "../py/vm.ts";
import { yieldFrom } from "../py/vm_generator.ts";
import { DEOPT, deoptLink, jitReady, jitTakes, startDeopt, ThrownIn } from "../py/vm_jit.ts";

function unboundLocal(): never {
  return raise(NameError, "local variable referenced before assignment");
}

/** Call anything from compiled code (the direct compiled-to-compiled case is inline). */
function callv(SF: Frame, fn: PyValue, args: PyValue[], kw: Kw = undefined): PyValue {
  if (fn instanceof PyBoundMethod && fn.fn instanceof PyFunction && !fn.fn.code.isGenerator) {
    args.unshift(fn.self);
    fn = fn.fn;
  }
  if (fn instanceof PyFunction && !fn.code.isGenerator) {
    const c = fn.code;
    if (kw === undefined && jitReady(c, fn) && jitTakes(fn, args.length)) {
      return c.jit!(fn, undefined, ...args);
    }
    return jitRunFrame(frameFor(fn, args, kw));
  }
  const st = state;
  st.frame = SF;
  const r = fn instanceof PyBuiltin ? fn.fn(args, kw) : call(fn, args, kw);
  if (r instanceof Suspend) {
    if (!st.suspendable) {
      raise(RuntimeError, "blocking operation inside a callback from native code isn't supported");
    }
    return startDeopt(r.promise, true) as unknown as PyValue;
  }
  return r;
}

/** A call with keywords, `*args` or `**kwargs`: `slots` as the stack holds them. */
function callKw(
  SF: Frame,
  fn: PyValue,
  self: PyValue | undefined,
  slots: PyValue[],
  nPos: number,
  nKw: number,
  varKw: boolean,
): PyValue {
  let args: PyValue[];
  let kw: Kw = undefined;
  if (varKw) {
    args = [];
    if (self !== undefined) args.push(self);
    kw = flattenVarArgs(slots, 0, nPos, nKw, slots[slots.length - 1] as number, args, fn);
  } else {
    args = slots.slice(0, nPos);
    if (self !== undefined) args.unshift(self);
    if (nKw > 0) {
      kw = new Map();
      for (let i = 0, p = nPos; i < nKw; i++, p += 2) kw.set(slots[p] as string, slots[p + 1]);
    }
  }
  return callv(SF, fn, args, kw);
}

/** Hand a compiled activation to the interpreter: its state as a VM frame resuming at `ip`. */
function park(
  fn: PyFunction | undefined,
  f: Frame | undefined,
  ip: number,
  opIp: number,
  locals: (PyValue | undefined)[],
  stack: (PyValue | undefined)[],
  /** Open handler entries, five values each: handler, marker slot, is-finally, prevExc, and
   * where a break/continue through it goes on to. */
  exc?: (PyValue | undefined)[],
  /** The value of a return that finally blocks are running for. */
  rv?: PyValue,
): PyValue {
  if (f === undefined) f = new Frame(fn!.code, fn!.globals, fn);
  if (exc !== undefined) stack = interpreterLayout(ip, stack, exc, rv);
  const r = f.regs;
  for (let i = 0; i < locals.length; i++) r[i] = locals[i];
  const n = f.code.nState;
  for (let i = 0; i < stack.length; i++) r[n + i] = stack[i];
  f.sp = n - 1 + stack.length;
  f.ip = ip;
  f.opIp = opIp;
  f.excSp = 0;
  if (exc !== undefined) {
    for (let i = 0; i < exc.length; i += 5) {
      f.pushExc(exc[i] as number, n - 1 + (exc[i + 1] as number), exc[i + 2] as boolean);
      f.exc[f.excSp - 1].prevExc = exc[i + 3] as PyBaseException | undefined;
    }
  }
  return deoptLink(f) as unknown as PyValue;
}

/** A finally block that a return or break/continue entered keeps the return value or the
 * jump target beside the compiled code (rv, ud<k>), but on the stack below its marker in the
 * interpreter (vm_frame.ts unwindReturn/unwindJump): put them back there. */
function interpreterLayout(
  ip: number,
  stack: (PyValue | undefined)[],
  exc: (PyValue | undefined)[],
  rv: PyValue | undefined,
): (PyValue | undefined)[] {
  for (let i = exc.length - 5; i >= 0; i -= 5) {
    const marker = exc[i + 1] as number;
    const m = stack[marker];
    if (!exc[i + 2] || (exc[i] as number) > ip || typeof m !== "number") continue;
    stack = [...stack.slice(0, marker), m < 0 ? rv : exc[i + 4], ...stack.slice(marker)];
  }
  return stack;
}

/** An exception caught in compiled code, with this function's traceback line added (not for
 * a re-raise, as py/vm.c adds none for END_FINALLY and RAISE_LAST). */
function caught(e: unknown, code: Code, o: number, reraise: boolean): PyBaseException {
  const x = e instanceof PyBaseException ? e : fromJsError(e);
  if (!reraise && x !== GENERATOR_EXIT && !code.raw.noTraceback) {
    x.traceback.push({ file: code.ctx.file, line: code.lineOf(o), block: code.name });
  }
  return x;
}

/** A Suspend returned where compiled code waits (a blocking __enter__): start parking. */
function suspendHere(s: Suspend): void {
  if (!state.suspendable) {
    raise(RuntimeError, "blocking operation inside a callback from native code isn't supported");
  }
  startDeopt(s.promise, true);
}

/** The frame builtins see as the caller's (globals(), locals(), exec, __import__). */
function scope(fn: PyFunction): Frame {
  return fn.jitScope = new Frame(fn.code, fn.globals, fn);
}

function loadName(locals: PyDict | undefined, globals: PyDict, name: string): PyValue {
  let v = locals !== undefined ? locals.get(name) : undefined;
  if (v === undefined) v = globals.get(name);
  if (v === undefined) v = loadBuiltin(name);
  return v;
}

function loadBuiltin(name: string): PyValue {
  const v = state.builtins.get(name);
  if (v === undefined) raise(NameError, `name '${name}' isn't defined`);
  return v;
}

function makeFunction(
  code: Code,
  u: number,
  globals: PyDict,
  defs: PyValue | undefined,
  kwd: PyValue | undefined,
  cells: PyValue[] | undefined,
): PyValue {
  const st = state;
  if (st.allocGate !== 0) allocFailed(32);
  const defaults = defs instanceof PyTuple ? defs.items : undefined;
  const kwDefaults = kwd instanceof PyDict ? kwd : undefined;
  const raw = code.raw.children[u];
  if (raw !== undefined && raw.kind !== RawCodeKind.BYTECODE && st.nativeCode) {
    return st.nativeCode(raw, {
      ctx: code.ctx,
      globals,
      defaults,
      kwDefaults,
      closure: cells,
    });
  }
  return new PyFunction(code.child(u), globals, defaults, kwDefaults, cells);
}

function importNameOp(
  SF: Frame,
  name: string,
  fromlist: PyValue,
  level: PyValue,
  globals: PyDict,
): PyValue {
  const st = state;
  st.frame = SF;
  const override = overriddenBuiltin(st.builtins, "__import__");
  return override === undefined
    ? importName(name, fromlist, level as number, globals)
    : call(override, [name, globals, null, fromlist, level]);
}

/** FOR_ITER's general case: the next item, or undefined at the end (a StopIteration raised by
 * the iterator ends the loop, as in the interpreter). */
function next(it: PyValue): PyValue | undefined {
  try {
    return iterNext(it);
  } catch (e) {
    if (e instanceof PyBaseException && isStopIteration(e)) return undefined;
    throw e;
  }
}

function bigOp(k: number, a: number, b: number): PyValue {
  if (k === 27) return BigInt(a) + BigInt(b);
  if (k === 28) return BigInt(a) - BigInt(b);
  return bigNorm(BigInt(a) * BigInt(b));
}

export const R = {
  st: () => state,
  L: vmLimits,
  T: jitTicks,
  DEOPT,
  MD: [undefined, undefined] as (PyValue | undefined)[],
  buf: [] as (PyValue | undefined)[],
  PyFunction,
  PyFloat,
  FT: floatType,
  PyList,
  PyRangeIter,
  PySeqIter,
  PyCell,
  PyTuple,
  PyDict,
  DT: dictType,
  PySlice,
  B: binaryOp,
  U: unaryOp,
  UB: unboundLocal,
  truthy,
  getAttr,
  setAttr,
  loadMethod,
  getItem,
  setItem,
  delItem,
  getIter,
  tuple,
  newSet,
  next,
  bigOp,
  callv,
  callKw,
  park,
  caught,
  suspendHere,
  Suspend,
  call,
  callExit,
  typeOf,
  noReraise: (): never => raise(RuntimeError, "no active exception to reraise"),
  scope,
  loadName,
  loadBuiltin,
  makeFunction,
  importName: importNameOp,
  importFrom,
  importStar,
  unpackSequence,
  unpackEx,
  tick: jitTick,
  recursion: (): never => raise(RuntimeError, "maximum recursion depth exceeded"),
  heapLocked: () => allocFailed(32),
  delName: (d: PyDict, name: string) => {
    if (d.delete(name) === undefined) raise(KeyError, name);
  },
  buildClass: () => overriddenBuiltin(state.builtins, "__build_class__") ?? vmEnv.buildClass,
  superMethod: (cls: PyValue, self: PyValue, name: string, dest: (PyValue | undefined)[]) =>
    vmEnv.loadSuperMethod(cls, self, name, dest),
  raiseObj: makeRaiseObj,
  raiseFrom: (exc: PyValue, cause: PyValue) => {
    if (cause !== null) state.host.writeStderr("Warning: exception chaining not supported\n");
    return makeRaiseObj(exc);
  },
  badPc: (pc: number) => new Error(`compiled code entered at ${pc}`),
  yieldFrom,
  ThrownIn,
  isGeneratorExit,
  /** At a yield: what throw() or close() sent becomes the exception raised there. */
  thrownIn: (e: unknown) => e instanceof ThrownIn ? makeRaiseObj(e.exc) : e,
};
