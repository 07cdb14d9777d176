// The bytecode VM (py/vm.c): one dispatch loop over MicroPython v6.3 bytecode. Python-to-
// Python calls push frames on the VM's own stack (no JS recursion); the top-level loop can
// suspend on a native's promise (Suspend) and yields to the JS event loop periodically.
// Native code calling back into Python (runtime.call) runs a nested loop that cannot suspend.
import { Op } from "./bytecode.ts";
import {
  defineType,
  type Kw,
  PyBuiltin,
  PyObject,
  type PyType,
  type PyValue,
  typeOf,
} from "./obj.ts";
import { dictType, PyDict } from "./obj_dict.ts";
import {
  KeyboardInterrupt,
  KeyError,
  NameError,
  newException,
  NotImplementedError,
  PyBaseException,
  raise,
  RuntimeError,
  toPyException,
} from "./obj_exception.ts";
import { PyFloat } from "./obj_float.ts";
import {
  funHooks,
  GENERATOR_EXIT,
  makeRaiseObj,
  PyCell,
  PyFunction,
  PyGenerator,
} from "./obj_fun.ts";
import { PyList } from "./obj_list.ts";
import { PyRangeIter } from "./obj_range.ts";
import { newSet, PySet } from "./obj_set.ts";
import { PySlice } from "./obj_slice.ts";
import { PyTuple, tuple } from "./obj_tuple.ts";
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
} from "./runtime.ts";
import { PySeqIter } from "./seq.ts";
import { runOneScheduled, schedulePending } from "./mod_micropython.ts";
import { allocFailed, heapSafePoint } from "./heap.ts";
import { overriddenBuiltin } from "./obj_module.ts";
import {
  activate,
  type InterpState,
  onSafePointRequest,
  state,
  withNativeLocals,
} from "./interp_state.ts";
import { bindArgs, flattenVarArgs } from "./vm_call.ts";
import { callJit, DEOPT, jitCanEnter, jitHot, jitReady, jitTakes, startDeopt } from "./vm_jit.ts";
import { Frame, unwindJump, unwindReturn } from "./vm_frame.ts";
import { type Code, loadCode, ModuleContext } from "./vm_prelude.ts";
import type { CompiledModule } from "./raw_code.ts";
import { RawCodeKind } from "./raw_code.ts";
import { vmEnv } from "./vm_env.ts";
import {
  bigNorm,
  callExit,
  isGeneratorExit,
  isStopIteration,
  unpackEx,
  unpackSequence,
} from "./vm_ops.ts";
import { yieldFrom } from "./vm_generator.ts";
import { importFrom, importName, importStar } from "./import.ts";

export { loadCode };
export type { Code };

/** Returned by a native function that must wait: the top-level loop awaits the promise and
 * resumes the caller with its result (or raises its rejection). */
export class Suspend extends PyObject {
  constructor(public promise: Promise<PyValue>) {
    super(suspendType);
  }
}
const suspendType: PyType = defineType({ name: "suspend", repr: () => "<suspend>" });

/** Tunables. */
export const vmLimits = {
  /** Python frames alive at once before "maximum recursion depth exceeded". */
  maxDepth: 4000,
  /** Run time between yields to the JS event loop in the top-level loop (ms). */
  sliceMs: 20,
};

/** What _thread (mod_thread.ts) plugs into the top-level loop while threads of Python code
 * exist; undefined otherwise, which costs the loop nothing. */
export interface ThreadHooks {
  /** What a checkpoint of a suspendable loop awaits: every checkpoint yields, so threads take
   * turns (every TICKS backward jumps and calls). */
  switchPromise(): Promise<PyValue>;
  /** A top-level loop resumes after a suspension; `owner` is what callAsync was given. */
  resumed(owner: unknown): void;
}
export const vmThreads: { hooks: ThreadHooks | undefined } = { hooks: undefined };

/** Why run() stopped. */
export class Suspended {
  constructor(
    public promise: Promise<PyValue>,
    /** Innermost frame to continue. */
    public frame: Frame,
    /** Push the promise's value on resume (false: a time-slice yield). */
    public push: boolean,
  ) {}
}

export const MODE_NONE = 0;
const MODE_PUSH = 1;
export const MODE_SETTOP = 2;
export const MODE_THROW = 3;

// The time slice belongs to the JS thread, not to an interpreter: whichever runs counts down.
const TICKS = 2000;
let ticks = TICKS;
let sliceStart = Date.now();
/** Compiled code's own countdown (src/jit): it reaches checkpoint() at backward jumps and
 * calls as the interpreter does. */
export const jitTicks = { t: TICKS };
/** Thrown inside the run loop to continue the current frame in its compiled code. */
const OSR_SIGNAL = { osr: true };
/** An exception that left compiled code running a loop frame: its traceback line is in. */
let jitEscaped: unknown = undefined;

/** Can a native called now return a Suspend (false inside nested loops)? */
export function canSuspend(): boolean {
  return state.suspendable;
}

/** The frame of the innermost running loop (for globals()/locals()). */
export function currentFrame(): Frame | undefined {
  return state.frame;
}

const methDest: (PyValue | undefined)[] = [undefined, undefined];

function nameError(name: string): never {
  return raise(NameError, `name '${name}' isn't defined`);
}
// `del name` of a missing global or class-body name fails in the dict (mp_delete_name).
function keyError(name: string): never {
  return raise(KeyError, name);
}
function unboundLocal(): never {
  return raise(NameError, "local variable referenced before assignment");
}

/** Periodic check at backward jumps and calls: interrupts, scheduled callbacks, and whether
 * the top-level loop should yield to the event loop. While a callback waits, the countdown
 * stays at zero so that every jump (MicroPython's safe points) checks, running one callback
 * each time; calls only count down. */
function checkpoint(canYield: boolean, atJump: boolean): boolean {
  ticks = TICKS;
  jitTicks.t = TICKS;
  const st = state;
  if (st.interruptPending) {
    st.interruptPending = false;
    raise(KeyboardInterrupt);
  }
  if (atJump && schedulePending()) runOneScheduled();
  if (schedulePending()) ticks = jitTicks.t = 0;
  heapSafePoint(); // heap model: notice a full nominal heap (heap.ts)
  if (canYield) {
    if (vmThreads.hooks !== undefined) return true;
    const now = Date.now();
    if (now - sliceStart >= vmLimits.sliceMs) return true;
  }
  return false;
}

// A newly scheduled callback runs at the next backward jump or call, as in MicroPython.
onSafePointRequest(() => {
  ticks = jitTicks.t = 0;
});

/** A safe point of compiled code (a backward jump, or a call when `atJump` is false): true
 * when it must park its activation for a time-slice yield (DEOPT is started). */
export function jitTick(atJump: boolean): boolean {
  const st = state;
  if (!checkpoint(st.suspendable, atJump)) return false;
  sliceStart = Date.now();
  startDeopt(yieldPromise(), false);
  return true;
}

/** Compiled code calls a function that needs a frame (keyword arguments, or not compiled):
 * run it, compiled or in a nested loop that can suspend when this context can. Returns the
 * result or DEOPT (the frame then waits in DEOPT's chain). */
export function jitRunFrame(fr: Frame): PyValue {
  const st = state;
  const base = st.depth;
  if (++st.depth > vmLimits.maxDepth) {
    st.depth = base;
    recursionError();
  }
  const code = fr.code;
  if (jitReady(code, fr.fun)) {
    let r: PyValue;
    try {
      r = code.jit!(fr.fun, fr);
    } catch (e) {
      st.depth = base;
      throw jitException(e);
    }
    if (r !== (DEOPT as unknown)) st.depth = base;
    return r;
  }
  let r: PyValue | Suspended;
  try {
    r = run(fr, fr, MODE_NONE, undefined, st.suspendable);
  } catch (e) {
    st.depth = base;
    throw e;
  }
  if (r instanceof Suspended) {
    startDeopt(r.promise, r.push);
    DEOPT.inner = r.frame;
    DEOPT.bottom = fr;
    return DEOPT as unknown as PyValue;
  }
  st.depth = base;
  return r;
}

/** An exception leaving compiled code (which added its traceback line). */
export function jitException(e: unknown): PyBaseException {
  return e instanceof PyBaseException ? e : fromJsError(e);
}

/** `fr`'s traceback line at fr.opIp. */
export function addFrameLine(x: PyBaseException, fr: Frame): PyBaseException {
  if (x !== GENERATOR_EXIT && !fr.code.raw.noTraceback) {
    x.traceback.push({
      file: fr.code.ctx.file,
      line: fr.code.lineOf(fr.opIp),
      block: fr.code.name,
    });
  }
  return x;
}

/** Compiled code called from frame `f` parked its activations: link them above `f` and
 * suspend the loop with them. */
function suspendParked(f: Frame, canYield: boolean): Suspended {
  if (!canYield) blockedInNested();
  DEOPT.bottom!.back = f;
  return new Suspended(DEOPT.promise, DEOPT.inner!, DEOPT.push);
}

/** An allocation while heap.ts's gate is set (heap locked or full): may raise MemoryError. */
function heapLocked(): void {
  allocFailed(32);
}

function yieldPromise(): Promise<PyValue> {
  if (vmThreads.hooks !== undefined) return vmThreads.hooks.switchPromise();
  return new Promise((resolve) => setTimeout(() => resolve(null), 0));
}

function blockedInNested(): never {
  return raise(
    RuntimeError,
    "blocking operation inside a callback from native code isn't supported",
  );
}

export function recursionError(): never {
  return raise(RuntimeError, "maximum recursion depth exceeded");
}

/** Make the frame that a call of `fn` with these arguments runs in. */
export function frameFor(fn: PyFunction, args: PyValue[], kw: Kw): Frame {
  const f = new Frame(fn.code, fn.globals, fn);
  const full = fn.closure === undefined ? args : fn.closure.concat(args);
  bindArgs(fn, f.regs, full, kw);
  return f;
}

/** If calling `fn` runs a bytecode frame in this loop, return that frame. */
function frameForCall(fn: PyValue, args: PyValue[], kw: Kw): Frame | undefined {
  if (fn instanceof PyFunction) {
    if (fn.code.isGenerator) return undefined;
    return frameFor(fn, args, kw);
  }
  if (fn instanceof PyBoundMethod && fn.fn instanceof PyFunction && !fn.fn.code.isGenerator) {
    args.unshift(fn.self);
    return frameFor(fn.fn, args, kw);
  }
  return undefined;
}

// --- the dispatch loop ------------------------------------------------------------------------

let rIp = 0;
function readUintSlow(bc: Uint8Array, ip: number): number {
  let v = 0;
  let b: number;
  do {
    b = bc[ip++];
    v = v * 128 + (b & 0x7f);
  } while (b & 0x80);
  rIp = ip;
  return v;
}

export function run(
  entry: Frame,
  start: Frame,
  mode: number,
  inValue: PyValue | undefined,
  canYield: boolean,
): PyValue | Suspended {
  const st = state;
  const prevSuspendable = st.suspendable;
  const prevFrame = st.frame;
  st.suspendable = canYield;
  try {
    return loop(entry, start, mode, inValue, canYield, st);
  } finally {
    st.suspendable = prevSuspendable;
    st.frame = prevFrame;
  }
}

function loop(
  entry: Frame,
  f: Frame,
  mode: number,
  inValue: PyValue | undefined,
  canYield: boolean,
  st: InterpState,
): PyValue | Suspended {
  let code = f.code;
  let bc = code.bc;
  let regs = f.regs;
  let sp = f.sp;
  let ip = f.ip;
  let opIp = f.opIp;
  let globals = f.globals;
  let qstrs = code.ctx.qstrs;
  let consts = code.ctx.consts;
  let pending: unknown = undefined;
  /** An exception thrown into a generator suspended at YIELD_FROM, for its delegate. */
  let injectExc: PyValue | undefined = undefined;
  const builtins = st.builtins;

  if (mode === MODE_PUSH) regs[++sp] = inValue;
  else if (mode === MODE_SETTOP) regs[sp] = inValue;
  else if (mode === MODE_THROW) {
    if (bc[ip] === Op.YIELD_FROM) injectExc = inValue;
    else pending = makeRaiseObj(inValue as PyValue);
  } else if (
    f === entry && ip === code.ip0 && !code.isGenerator &&
    jitReady(code, f.fun)
  ) pending = OSR_SIGNAL; // module code, class bodies, exec, calls with keywords

  for (;;) {
    try {
      if (pending !== undefined) {
        const e = pending;
        pending = undefined;
        throw e;
      }
      for (;;) {
        opIp = ip;
        const op = bc[ip++];
        switch (op) {
          case 0x10: { // LOAD_CONST_STRING
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            regs[++sp] = qstrs[u];
            break;
          }
          case 0x11: { // LOAD_NAME
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            const name = qstrs[u];
            let v = f.locals !== undefined ? f.locals.get(name) : undefined;
            if (v === undefined) v = globals.get(name);
            if (v === undefined) v = builtins.get(name);
            if (v === undefined) nameError(name);
            regs[++sp] = v;
            break;
          }
          case 0x12: { // LOAD_GLOBAL
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            const name = qstrs[u];
            let v = globals.get(name);
            if (v === undefined) v = builtins.get(name);
            if (v === undefined) nameError(name);
            regs[++sp] = v;
            break;
          }
          case 0x13: { // LOAD_ATTR
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            regs[sp] = getAttr(regs[sp] as PyValue, qstrs[u]);
            break;
          }
          case 0x14: { // LOAD_METHOD
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            loadMethod(regs[sp] as PyValue, qstrs[u], methDest);
            regs[sp] = methDest[0];
            regs[++sp] = methDest[1];
            break;
          }
          case 0x15: { // LOAD_SUPER_METHOD
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            sp -= 1;
            vmEnv.loadSuperMethod(regs[sp] as PyValue, regs[sp + 1] as PyValue, qstrs[u], methDest);
            regs[sp - 1] = methDest[0];
            regs[sp] = methDest[1];
            break;
          }
          case 0x16: { // STORE_NAME
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            (f.locals ?? globals).set(qstrs[u], regs[sp--] as PyValue);
            break;
          }
          case 0x17: { // STORE_GLOBAL
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            globals.set(qstrs[u], regs[sp--] as PyValue);
            break;
          }
          case 0x18: { // STORE_ATTR
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            setAttr(regs[sp] as PyValue, qstrs[u], regs[sp - 1]);
            sp -= 2;
            break;
          }
          case 0x19: { // DELETE_NAME
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            if ((f.locals ?? globals).delete(qstrs[u]) === undefined) keyError(qstrs[u]);
            break;
          }
          case 0x1a: { // DELETE_GLOBAL
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            if (globals.delete(qstrs[u]) === undefined) keyError(qstrs[u]);
            break;
          }
          case 0x1b: { // IMPORT_NAME
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            const fromlist = regs[sp--] as PyValue;
            f.sp = sp;
            st.frame = f;
            const override = overriddenBuiltin(builtins, "__import__");
            regs[sp] = override === undefined
              ? importName(qstrs[u], fromlist, regs[sp] as number, globals)
              : call(override, [qstrs[u], globals, null, fromlist, regs[sp] as PyValue]);
            break;
          }
          case 0x1c: { // IMPORT_FROM
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            const v = importFrom(regs[sp] as PyValue, qstrs[u]);
            regs[++sp] = v;
            break;
          }
          case 0x32: { // MAKE_FUNCTION
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            if (st.allocGate !== 0) heapLocked();
            const raw = code.raw.children[u];
            if (raw !== undefined && raw.kind !== RawCodeKind.BYTECODE && st.nativeCode) {
              // Machine code (asm_thumb, @native, @viper), run by the port's machine.
              regs[++sp] = st.nativeCode(raw, { ctx: code.ctx, globals });
              break;
            }
            regs[++sp] = new PyFunction(code.child(u), globals, undefined, undefined, undefined);
            break;
          }
          case 0x33: { // MAKE_FUNCTION_DEFARGS
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            if (st.allocGate !== 0) heapLocked();
            const kwd = regs[sp--];
            const defs = regs[sp];
            const defaults = defs instanceof PyTuple ? defs.items : undefined;
            const kwDefaults = kwd instanceof PyDict ? kwd : undefined;
            const raw = code.raw.children[u];
            regs[sp] = raw !== undefined && raw.kind !== RawCodeKind.BYTECODE && st.nativeCode
              ? st.nativeCode(raw, { ctx: code.ctx, globals, defaults, kwDefaults })
              : new PyFunction(code.child(u), globals, defaults, kwDefaults, undefined);
            break;
          }
          case 0x20: // MAKE_CLOSURE
          case 0x21: { // MAKE_CLOSURE_DEFARGS
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            const n = bc[ip++];
            if (st.allocGate !== 0) heapLocked();
            const cells = regs.slice(sp - n + 1, sp + 1) as PyValue[];
            sp -= n;
            let defs: PyValue[] | undefined = undefined;
            let kwd: PyDict | undefined = undefined;
            if (op === Op.MAKE_CLOSURE_DEFARGS) {
              const k = regs[sp--];
              const d = regs[sp--];
              if (d instanceof PyTuple) defs = d.items;
              if (k instanceof PyDict) kwd = k;
            }
            const raw = code.raw.children[u];
            regs[++sp] = raw !== undefined && raw.kind !== RawCodeKind.BYTECODE && st.nativeCode
              ? st.nativeCode(raw, {
                ctx: code.ctx,
                globals,
                defaults: defs,
                kwDefaults: kwd,
                closure: cells,
              })
              : new PyFunction(code.child(u), globals, defs, kwd, cells);
            break;
          }
          case 0x22: { // LOAD_CONST_SMALL_INT
            let b = bc[ip++];
            let v = (b & 0x40) ? -1 : 0;
            v = v * 128 + (b & 0x7f);
            while (b & 0x80) {
              b = bc[ip++];
              v = v * 128 + (b & 0x7f);
            }
            regs[++sp] = v;
            break;
          }
          case 0x23: { // LOAD_CONST_OBJ
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            regs[++sp] = consts[u];
            break;
          }
          case 0x24: { // LOAD_FAST_N
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            const v = regs[u];
            if (v === undefined) unboundLocal();
            regs[++sp] = v;
            break;
          }
          case 0x25: { // LOAD_DEREF
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            const v = (regs[u] as PyCell).value;
            if (v === undefined) unboundLocal();
            regs[++sp] = v;
            break;
          }
          case 0x26: { // STORE_FAST_N
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            regs[u] = regs[sp--];
            break;
          }
          case 0x27: { // STORE_DEREF
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            (regs[u] as PyCell).value = regs[sp--];
            break;
          }
          case 0x28: { // DELETE_FAST
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            if (regs[u] === undefined) unboundLocal();
            regs[u] = undefined;
            break;
          }
          case 0x29: { // DELETE_DEREF
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            const c = regs[u] as PyCell;
            if (c.value === undefined) unboundLocal();
            c.value = undefined;
            break;
          }
          case 0x2a: { // BUILD_TUPLE
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            if (u !== 0 && st.allocGate !== 0) heapLocked();
            sp -= u - 1;
            regs[sp] = tuple(regs.slice(sp, sp + u) as PyValue[]);
            break;
          }
          case 0x2b: { // BUILD_LIST
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            if (st.allocGate !== 0) heapLocked();
            sp -= u - 1;
            regs[sp] = new PyList(regs.slice(sp, sp + u) as PyValue[]);
            break;
          }
          case 0x2c: { // BUILD_MAP
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            if (st.allocGate !== 0) heapLocked();
            regs[++sp] = new PyDict(dictType, u);
            break;
          }
          case 0x2d: { // BUILD_SET
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            if (st.allocGate !== 0) heapLocked();
            sp -= u - 1;
            regs[sp] = newSet(regs.slice(sp, sp + u) as PyValue[]);
            break;
          }
          case 0x2e: { // BUILD_SLICE
            const n = bc[ip++];
            if (st.allocGate !== 0) heapLocked();
            let step: PyValue = null;
            if (n === 3) step = regs[sp--] as PyValue;
            const stop = regs[sp--] as PyValue;
            regs[sp] = new PySlice(regs[sp] as PyValue, stop, step);
            break;
          }
          case 0x2f: { // STORE_COMP
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            const coll = regs[sp - (u >> 2)];
            const kind = u & 3;
            if (st.allocGate !== 0) heapLocked(); // growing the collection
            if (kind === 0) {
              (coll as PyList).items.push(regs[sp--] as PyValue);
            } else if (kind === 1) {
              (coll as PyDict).set(regs[sp] as PyValue, regs[sp - 1] as PyValue);
              sp -= 2;
            } else {
              (coll as PySet).add(regs[sp--] as PyValue);
            }
            break;
          }
          case 0x30: { // UNPACK_SEQUENCE
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            unpackSequence(regs[sp] as PyValue, u, regs, sp);
            sp += u - 1;
            break;
          }
          case 0x31: { // UNPACK_EX
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            unpackEx(regs[sp] as PyValue, u, regs, sp);
            sp += (u & 0xff) + ((u >> 8) & 0xff);
            break;
          }
          case 0x34: // CALL_FUNCTION
          case 0x35: // CALL_FUNCTION_VAR_KW
          case 0x36: // CALL_METHOD
          case 0x37: { // CALL_METHOD_VAR_KW
            let u = bc[ip++];
            if (u > 0x7f) (u = readUintSlow(bc, ip - 1)), (ip = rIp);
            const nPos = u & 0xff;
            const nKw = (u >> 8) & 0xff;
            const isMeth = op >= Op.CALL_METHOD;
            const varKw = (op & 1) !== 0;
            const base = sp - nPos - 2 * nKw - (isMeth ? 1 : 0) - (varKw ? 1 : 0);
            let fn = regs[base] as PyValue;
            const self = isMeth ? regs[base + 1] : undefined;
            const argOff = isMeth ? base + 2 : base + 1;
            let nf: Frame | undefined = undefined;
            if (!varKw && nKw === 0 && fn instanceof PyFunction && fn.code.simpleArgs) {
              // Fast path: positional arguments straight into the new frame.
              const c = fn.code;
              const total = nPos + (self !== undefined ? 1 : 0);
              const closure = fn.closure;
              const nClosed = closure === undefined ? 0 : closure.length;
              const given = total + nClosed;
              if (given <= c.nPos && given >= c.nPos - c.nDefPos && !c.isGenerator) {
                if (
                  jitReady(c, fn) &&
                  nClosed === c.jitClosed
                ) {
                  f.sp = base - 1;
                  f.ip = ip;
                  f.opIp = opIp;
                  const r = callJit(fn, regs, argOff, nPos, self);
                  if (r === DEOPT as unknown) return suspendParked(f, canYield);
                  sp = base;
                  regs[sp] = r;
                  break;
                }
                nf = new Frame(c, fn.globals, fn);
                const nr = nf.regs;
                let k = 0;
                for (let i = 0; i < nClosed; i++) nr[k++] = closure![i];
                if (self !== undefined) nr[k++] = self;
                for (let i = 0; i < nPos; i++) nr[k++] = regs[argOff + i];
                if (k < c.nPos) {
                  const defs = fn.defaults!;
                  const d0 = c.nPos - c.nDefPos;
                  for (; k < c.nPos; k++) nr[k] = defs[k - d0];
                }
                const cells = c.cells;
                for (let i = 0; i < cells.length; i++) nr[cells[i]] = new PyCell(nr[cells[i]]);
              }
            }
            let result: PyValue | undefined = undefined;
            if (nf === undefined) {
              // General path: collect the arguments.
              let args: PyValue[];
              let kw: Kw = undefined;
              if (varKw) {
                args = [];
                if (self !== undefined) args.push(self);
                kw = flattenVarArgs(regs, argOff, nPos, nKw, regs[sp] as number, args, fn);
              } else {
                args = regs.slice(argOff, argOff + nPos) as PyValue[];
                if (self !== undefined) args.unshift(self);
                if (nKw > 0) {
                  kw = new Map();
                  for (let i = 0, p = argOff + nPos; i < nKw; i++, p += 2) {
                    kw.set(regs[p] as string, regs[p + 1] as PyValue);
                  }
                }
              }
              nf = frameForCall(fn, args, kw);
              if (
                nf !== undefined &&
                jitReady(nf.code, nf.fun)
              ) {
                f.sp = base - 1;
                f.ip = ip;
                f.opIp = opIp;
                st.frame = f;
                result = jitRunFrame(nf);
                if (result === DEOPT as unknown) return suspendParked(f, canYield);
                nf = undefined;
              } else if (nf === undefined) {
                f.sp = base - 1;
                f.ip = ip;
                f.opIp = opIp;
                st.frame = f;
                if (fn instanceof PyBuiltin) result = fn.fn(args, kw);
                else result = call(fn, args, kw);
                if (result instanceof Suspend) {
                  sp = base - 1;
                  if (canYield) return new Suspended(result.promise, f, true);
                  blockedInNested();
                }
              }
              fn = null;
            }
            if (nf !== undefined) {
              // Push the new frame.
              if (++st.depth > vmLimits.maxDepth) {
                st.depth--;
                recursionError();
              }
              f.sp = base - 1;
              f.ip = ip;
              f.opIp = opIp;
              nf.back = f;
              f = nf;
              code = f.code;
              bc = code.bc;
              regs = f.regs;
              sp = f.sp;
              ip = f.ip;
              globals = f.globals;
              qstrs = code.ctx.qstrs;
              consts = code.ctx.consts;
              if (--ticks <= 0 && checkpoint(canYield, false)) {
                sliceStart = Date.now();
                f.sp = sp;
                f.ip = ip;
                return new Suspended(yieldPromise(), f, false);
              }
              break;
            }
            sp = base;
            regs[sp] = result;
            break;
          }
          case 0x40: { // UNWIND_JUMP
            let j = bc[ip++];
            if (j & 0x80) j = ((j & 0x7f) | (bc[ip++] << 7)) - 0x4000;
            else j -= 0x40;
            regs[++sp] = ip + j;
            f.sp = sp;
            unwindJump(f, bc[ip], opIp);
            sp = f.sp;
            ip = f.ip;
            if (ticks <= 0 && checkpoint(canYield, true)) {
              sliceStart = Date.now();
              f.sp = sp;
              f.ip = ip;
              f.opIp = opIp;
              return new Suspended(yieldPromise(), f, false);
            }
            break;
          }
          case 0x42: { // JUMP
            let j = bc[ip++];
            if (j & 0x80) j = ((j & 0x7f) | (bc[ip++] << 7)) - 0x4000;
            else j -= 0x40;
            ip += j;
            if (
              j < 0 && --code.hot <= 0 && (code.jit !== undefined || jitHot(code, f.fun))
            ) {
              f.sp = sp;
              f.ip = ip;
              f.opIp = opIp;
              if (jitCanEnter(f)) throw OSR_SIGNAL;
            }
            if ((j < 0 ? --ticks : ticks) <= 0 && checkpoint(canYield, true)) {
              sliceStart = Date.now();
              f.sp = sp;
              f.ip = ip;
              f.opIp = opIp;
              return new Suspended(yieldPromise(), f, false);
            }
            break;
          }
          case 0x43: // POP_JUMP_IF_TRUE
          case 0x44: { // POP_JUMP_IF_FALSE
            let j = bc[ip++];
            if (j & 0x80) j = ((j & 0x7f) | (bc[ip++] << 7)) - 0x4000;
            else j -= 0x40;
            const v = regs[sp--];
            const t = v === true ? true : v === false ? false : truthy(v as PyValue);
            if (t === (op === Op.POP_JUMP_IF_TRUE)) {
              ip += j;
              if (
                j < 0 && --code.hot <= 0 && (code.jit !== undefined || jitHot(code, f.fun))
              ) {
                f.sp = sp;
                f.ip = ip;
                f.opIp = opIp;
                if (jitCanEnter(f)) throw OSR_SIGNAL;
              }
            }
            if ((ip < opIp ? --ticks : ticks) <= 0 && checkpoint(canYield, true)) {
              sliceStart = Date.now();
              f.sp = sp;
              f.ip = ip;
              f.opIp = opIp;
              return new Suspended(yieldPromise(), f, false);
            }
            break;
          }
          case 0x45: // JUMP_IF_TRUE_OR_POP
          case 0x46: { // JUMP_IF_FALSE_OR_POP
            let j = bc[ip++];
            if (j & 0x80) j = (j & 0x7f) | (bc[ip++] << 7);
            if (truthy(regs[sp] as PyValue) === (op === Op.JUMP_IF_TRUE_OR_POP)) ip += j;
            else sp--;
            if (ticks <= 0 && checkpoint(canYield, true)) {
              sliceStart = Date.now();
              f.sp = sp;
              f.ip = ip;
              f.opIp = opIp;
              return new Suspended(yieldPromise(), f, false);
            }
            break;
          }
          case 0x47: { // SETUP_WITH
            let j = bc[ip++];
            if (j & 0x80) j = (j & 0x7f) | (bc[ip++] << 7);
            const mgr = regs[sp] as PyValue;
            loadMethod(mgr, "__exit__", methDest);
            regs[sp] = methDest[0];
            regs[sp + 1] = methDest[1];
            loadMethod(mgr, "__enter__", methDest);
            const enter = methDest[0] as PyValue;
            const eself = methDest[1];
            f.sp = sp + 1;
            f.ip = ip;
            const ret = eself !== undefined ? call(enter, [eself]) : call(enter, []);
            if (ret instanceof Suspend && !canYield) blockedInNested();
            sp += 1;
            f.pushExc(ip + j, sp, true);
            if (ret instanceof Suspend) {
              // A blocking __enter__ (a contended _thread lock): resume with its value pushed.
              f.sp = sp;
              f.ip = ip;
              return new Suspended(ret.promise, f, true);
            }
            regs[++sp] = ret;
            break;
          }
          case 0x48: // SETUP_EXCEPT
          case 0x49: { // SETUP_FINALLY
            let j = bc[ip++];
            if (j & 0x80) j = (j & 0x7f) | (bc[ip++] << 7);
            f.pushExc(ip + j, sp, op === Op.SETUP_FINALLY);
            break;
          }
          case 0x4a: { // POP_EXCEPT_JUMP
            let j = bc[ip++];
            if (j & 0x80) j = (j & 0x7f) | (bc[ip++] << 7);
            f.excSp--;
            state.curException = undefined;
            ip += j;
            if (ticks <= 0 && checkpoint(canYield, true)) {
              sliceStart = Date.now();
              f.sp = sp;
              f.ip = ip;
              f.opIp = opIp;
              return new Suspended(yieldPromise(), f, false);
            }
            break;
          }
          case 0x4b: { // FOR_ITER
            let j = bc[ip++];
            if (j & 0x80) j = (j & 0x7f) | (bc[ip++] << 7);
            const it = regs[sp - 2];
            let v: PyValue | undefined;
            if (it instanceof PySeqIter) {
              const items = it.seq.items;
              v = it.index < items.length ? items[it.index++] : undefined;
            } else if (it instanceof PyRangeIter) {
              const c = it.cur;
              if (it.step > 0 ? c < it.stop : c > it.stop) {
                it.cur = c + it.step;
                v = c;
              } else v = undefined;
            } else {
              f.sp = sp;
              f.ip = ip;
              st.frame = f;
              v = iterNext(it as PyValue);
            }
            if (v === undefined) {
              sp -= 4;
              ip += j;
            } else regs[++sp] = v;
            break;
          }
          case 0x50: // LOAD_CONST_FALSE
            regs[++sp] = false;
            break;
          case 0x51: // LOAD_CONST_NONE
            regs[++sp] = null;
            break;
          case 0x52: // LOAD_CONST_TRUE
            regs[++sp] = true;
            break;
          case 0x53: // LOAD_NULL
            regs[++sp] = undefined;
            break;
          case 0x54: // LOAD_BUILD_CLASS
            regs[++sp] = overriddenBuiltin(builtins, "__build_class__") ?? vmEnv.buildClass;
            break;
          case 0x55: { // LOAD_SUBSCR
            const idx = regs[sp--] as PyValue;
            const obj = regs[sp] as PyValue;
            if (typeof idx === "number" && obj instanceof PyList && !obj.type.isUserClass) {
              const items = obj.items;
              const i = idx < 0 ? idx + items.length : idx;
              if (i >= 0 && i < items.length) {
                regs[sp] = items[i];
                break;
              }
            }
            regs[sp] = getItem(obj, idx);
            break;
          }
          case 0x56: { // STORE_SUBSCR
            const idx = regs[sp] as PyValue;
            const obj = regs[sp - 1] as PyValue;
            const val = regs[sp - 2];
            sp -= 3;
            if (val === undefined) delItem(obj, idx);
            else if (typeof idx === "number" && obj instanceof PyList && !obj.type.isUserClass) {
              const items = obj.items;
              const i = idx < 0 ? idx + items.length : idx;
              if (i >= 0 && i < items.length) items[i] = val;
              else setItem(obj, idx, val);
            } else setItem(obj, idx, val);
            break;
          }
          case 0x57: // DUP_TOP
            regs[sp + 1] = regs[sp];
            sp++;
            break;
          case 0x58: // DUP_TOP_TWO
            regs[sp + 1] = regs[sp - 1];
            regs[sp + 2] = regs[sp];
            sp += 2;
            break;
          case 0x59: // POP_TOP
            sp--;
            break;
          case 0x5a: { // ROT_TWO
            const t = regs[sp];
            regs[sp] = regs[sp - 1];
            regs[sp - 1] = t;
            break;
          }
          case 0x5b: { // ROT_THREE
            const t = regs[sp];
            regs[sp] = regs[sp - 1];
            regs[sp - 1] = regs[sp - 2];
            regs[sp - 2] = t;
            break;
          }
          case 0x5c: { // WITH_CLEANUP
            const top = regs[sp];
            f.sp = sp;
            f.ip = ip;
            if (top === null) {
              callExit(regs[sp - 2] as PyValue, regs[sp - 1], null, null);
              sp -= 2;
              regs[sp] = null;
            } else if (typeof top === "number") {
              const data = regs[sp - 1];
              callExit(regs[sp - 3] as PyValue, regs[sp - 2], null, null);
              regs[sp - 3] = data;
              regs[sp - 2] = top;
              sp -= 2;
            } else {
              const e = top as PyValue;
              const r = callExit(regs[sp - 2] as PyValue, regs[sp - 1], typeOf(e), e);
              sp -= 2;
              regs[sp] = truthy(r) ? null : e;
            }
            break;
          }
          case 0x5d: { // END_FINALLY
            f.excSp--;
            const top = regs[sp];
            if (top === null) {
              sp--;
              break;
            }
            if (typeof top === "number") {
              sp--;
              if (top < 0) {
                // Continue a pending return: the value is now at TOS.
                if (f.excSp > 0) {
                  f.sp = sp;
                  if (unwindReturn(f, opIp)) {
                    sp = f.sp;
                    ip = f.ip;
                    break;
                  }
                  sp = f.sp;
                }
                const val = regs[sp];
                if (f === entry) {
                  f.sp = sp - 1;
                  f.ip = ip;
                  f.yielded = false;
                  return val as PyValue;
                }
                st.depth--;
                const caller = f.back!;
                f.back = undefined;
                f = caller;
                code = f.code;
                bc = code.bc;
                regs = f.regs;
                sp = f.sp;
                ip = f.ip;
                globals = f.globals;
                qstrs = code.ctx.qstrs;
                consts = code.ctx.consts;
                regs[++sp] = val;
                break;
              }
              f.sp = sp;
              unwindJump(f, top, opIp);
              sp = f.sp;
              ip = f.ip;
              break;
            }
            throw top;
          }
          case 0x5e: // GET_ITER
            regs[sp] = getIter(regs[sp] as PyValue);
            break;
          case 0x5f: { // GET_ITER_STACK
            const it = getIter(regs[sp] as PyValue);
            regs[sp] = undefined;
            regs[sp + 1] = it;
            regs[sp + 2] = undefined;
            regs[sp + 3] = undefined;
            sp += 3;
            break;
          }
          case 0x62: { // STORE_MAP
            const key = regs[sp--] as PyValue;
            const val = regs[sp--] as PyValue;
            (regs[sp] as PyDict).set(key, val);
            break;
          }
          case 0x63: { // RETURN_VALUE
            if (f.excSp > 0) {
              f.sp = sp;
              if (unwindReturn(f, opIp)) {
                sp = f.sp;
                ip = f.ip;
                break;
              }
              sp = f.sp;
            }
            const val = regs[sp];
            if (f === entry) {
              f.sp = sp - 1;
              f.ip = ip;
              f.yielded = false;
              return val as PyValue;
            }
            st.depth--;
            const caller = f.back!;
            f.back = undefined;
            f = caller;
            code = f.code;
            bc = code.bc;
            regs = f.regs;
            sp = f.sp;
            ip = f.ip;
            globals = f.globals;
            qstrs = code.ctx.qstrs;
            consts = code.ctx.consts;
            regs[++sp] = val;
            break;
          }
          case 0x64: { // RAISE_LAST
            let e: PyBaseException | undefined = undefined;
            for (let i = f.excSp - 1; i >= 0; i--) {
              if (f.exc[i].prevExc !== undefined) {
                e = f.exc[i].prevExc;
                break;
              }
            }
            if (e === undefined) raise(RuntimeError, "no active exception to reraise");
            throw e;
          }
          case 0x65: // RAISE_OBJ
            throw makeRaiseObj(regs[sp--] as PyValue);
          case 0x66: { // RAISE_FROM
            const cause = regs[sp--];
            if (cause !== null) st.host.writeStderr("Warning: exception chaining not supported\n");
            throw makeRaiseObj(regs[sp--] as PyValue);
          }
          case 0x67: // YIELD_VALUE
            f.sp = sp;
            f.ip = ip;
            f.opIp = opIp;
            f.yielded = true;
            return regs[sp] as PyValue;
          case 0x68: { // YIELD_FROM
            const send = regs[sp--] as PyValue;
            const t = injectExc;
            injectExc = undefined;
            f.sp = sp;
            f.ip = ip;
            st.frame = f;
            const r = yieldFrom(regs[sp] as PyValue, send, t);
            if (r.kind === 0) {
              // Delegate yielded: yield its value, resume at this YIELD_FROM.
              regs[++sp] = r.value;
              f.sp = sp;
              f.ip = opIp;
              f.opIp = opIp;
              f.yielded = true;
              return r.value;
            }
            regs[sp] = r.value;
            if (t !== undefined && isGeneratorExit(t)) throw makeRaiseObj(t);
            break;
          }
          case 0x69: // IMPORT_STAR
            importStar(regs[sp--] as PyValue, f.locals ?? globals);
            break;

          // --- arithmetic fast paths (small ints as JS numbers) ---
          case 0xd7: { // <
            const b = regs[sp--];
            const a = regs[sp];
            regs[sp] = typeof a === "number" && typeof b === "number"
              ? a < b
              : binaryOp(0, a as PyValue, b as PyValue);
            break;
          }
          case 0xd8: { // >
            const b = regs[sp--];
            const a = regs[sp];
            regs[sp] = typeof a === "number" && typeof b === "number"
              ? a > b
              : binaryOp(1, a as PyValue, b as PyValue);
            break;
          }
          case 0xd9: { // ==
            const b = regs[sp--];
            const a = regs[sp];
            regs[sp] = (typeof a === "number" && typeof b === "number") ||
                (typeof a === "string" && typeof b === "string")
              ? a === b
              : binaryOp(2, a as PyValue, b as PyValue);
            break;
          }
          case 0xda: { // <=
            const b = regs[sp--];
            const a = regs[sp];
            regs[sp] = typeof a === "number" && typeof b === "number"
              ? a <= b
              : binaryOp(3, a as PyValue, b as PyValue);
            break;
          }
          case 0xdb: { // >=
            const b = regs[sp--];
            const a = regs[sp];
            regs[sp] = typeof a === "number" && typeof b === "number"
              ? a >= b
              : binaryOp(4, a as PyValue, b as PyValue);
            break;
          }
          case 0xdc: { // !=
            const b = regs[sp--];
            const a = regs[sp];
            regs[sp] = (typeof a === "number" && typeof b === "number") ||
                (typeof a === "string" && typeof b === "string")
              ? a !== b
              : binaryOp(5, a as PyValue, b as PyValue);
            break;
          }
          case 0xe5: // +=
          case 0xf2: { // +
            const b = regs[sp--];
            const a = regs[sp];
            if (typeof a === "number" && typeof b === "number") {
              const r = a + b;
              regs[sp] = r <= 9007199254740991 && r >= -9007199254740991
                ? r
                : BigInt(a) + BigInt(b);
            } else regs[sp] = binaryOp(op - 0xd7, a as PyValue, b as PyValue);
            break;
          }
          case 0xe6: // -=
          case 0xf3: { // -
            const b = regs[sp--];
            const a = regs[sp];
            if (typeof a === "number" && typeof b === "number") {
              const r = a - b;
              regs[sp] = r <= 9007199254740991 && r >= -9007199254740991
                ? r
                : BigInt(a) - BigInt(b);
            } else regs[sp] = binaryOp(op - 0xd7, a as PyValue, b as PyValue);
            break;
          }
          case 0xe7: // *=
          case 0xf4: { // *
            const b = regs[sp--];
            const a = regs[sp];
            if (typeof a === "number" && typeof b === "number") {
              const r = a * b;
              regs[sp] = r <= 9007199254740991 && r >= -9007199254740991
                ? (r === 0 ? 0 : r)
                : bigNorm(BigInt(a) * BigInt(b));
            } else regs[sp] = binaryOp(op - 0xd7, a as PyValue, b as PyValue);
            break;
          }
          case 0xe9: // //=
          case 0xf6: { // //
            const b = regs[sp--];
            const a = regs[sp];
            if (
              typeof a === "number" && typeof b === "number" && b !== 0 &&
              a <= 0x7fffffff && a >= -0x7fffffff
            ) {
              const r = Math.floor(a / b);
              regs[sp] = r === 0 ? 0 : r;
            } else regs[sp] = binaryOp(op - 0xd7, a as PyValue, b as PyValue);
            break;
          }
          case 0xeb: // %=
          case 0xf8: { // %
            const b = regs[sp--];
            const a = regs[sp];
            if (typeof a === "number" && typeof b === "number" && b !== 0) {
              let r = a % b;
              if (r !== 0 && (r < 0) !== (b < 0)) r += b;
              regs[sp] = r === 0 ? 0 : r;
            } else regs[sp] = binaryOp(op - 0xd7, a as PyValue, b as PyValue);
            break;
          }
          case 0xea: // /=
          case 0xf7: { // /
            const b = regs[sp--];
            const a = regs[sp];
            if (typeof a === "number" && typeof b === "number" && b !== 0) {
              regs[sp] = new PyFloat(a / b);
            } else regs[sp] = binaryOp(op - 0xd7, a as PyValue, b as PyValue);
            break;
          }
          case 0xe2: // &=
          case 0xef: { // &
            const b = regs[sp--];
            const a = regs[sp];
            regs[sp] = typeof a === "number" && typeof b === "number" && (a | 0) === a &&
                (b | 0) === b
              ? a & b
              : binaryOp(op - 0xd7, a as PyValue, b as PyValue);
            break;
          }
          case 0xe0: // |=
          case 0xed: { // |
            const b = regs[sp--];
            const a = regs[sp];
            regs[sp] = typeof a === "number" && typeof b === "number" && (a | 0) === a &&
                (b | 0) === b
              ? a | b
              : binaryOp(op - 0xd7, a as PyValue, b as PyValue);
            break;
          }
          case 0xe1: // ^=
          case 0xee: { // ^
            const b = regs[sp--];
            const a = regs[sp];
            regs[sp] = typeof a === "number" && typeof b === "number" && (a | 0) === a &&
                (b | 0) === b
              ? a ^ b
              : binaryOp(op - 0xd7, a as PyValue, b as PyValue);
            break;
          }
          case 0xe4: // >>=
          case 0xf1: { // >>
            const b = regs[sp--];
            const a = regs[sp];
            regs[sp] = typeof a === "number" && typeof b === "number" && (a | 0) === a &&
                b >= 0 && b < 32
              ? a >> b
              : binaryOp(op - 0xd7, a as PyValue, b as PyValue);
            break;
          }
          case 0xe3: // <<=
          case 0xf0: { // <<
            const b = regs[sp--];
            const a = regs[sp];
            if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 32) {
              const r = a * 2 ** b;
              if (r <= 9007199254740991 && r >= -9007199254740991) {
                regs[sp] = r;
                break;
              }
            }
            regs[sp] = binaryOp(op - 0xd7, a as PyValue, b as PyValue);
            break;
          }
          case 0xdd: { // in
            const b = regs[sp--];
            regs[sp] = binaryOp(6, regs[sp] as PyValue, b as PyValue);
            break;
          }
          case 0xde: { // is
            const b = regs[sp--];
            regs[sp] = regs[sp] === b;
            break;
          }
          case 0xdf: // exception match
          case 0xe8:
          case 0xec:
          case 0xf5:
          case 0xf9: {
            const b = regs[sp--];
            regs[sp] = binaryOp(op - 0xd7, regs[sp] as PyValue, b as PyValue);
            break;
          }
          case 0xd0: // +x
          case 0xd2: // ~x
            regs[sp] = unaryOp(op - 0xd0, regs[sp] as PyValue);
            break;
          case 0xd1: { // -x
            const a = regs[sp];
            regs[sp] = typeof a === "number" && a !== 0 ? -a : unaryOp(1, a as PyValue);
            break;
          }
          case 0xd3: { // not
            const a = regs[sp];
            regs[sp] = a === true ? false : a === false ? true : !truthy(a as PyValue);
            break;
          }
          default:
            if (op >= 0x70 && op <= 0xaf) {
              regs[++sp] = op - 0x80;
            } else if (op >= 0xb0 && op <= 0xbf) {
              const v = regs[op - 0xb0];
              if (v === undefined) unboundLocal();
              regs[++sp] = v;
            } else if (op >= 0xc0 && op <= 0xcf) {
              regs[op - 0xc0] = regs[sp--];
            } else {
              raise(NotImplementedError, "opcode");
            }
        }
      }
    } catch (err) {
      if (err === OSR_SIGNAL && code.isGenerator) {
        // A generator's frame continues as a JavaScript generator, which its later resumes
        // drive (resumeGenerator takes it from f.js).
        const it = code.jit!(f.fun, f) as unknown as Iterator<PyValue, PyValue, PyValue>;
        f.js = it;
        let r: IteratorResult<PyValue, PyValue>;
        try {
          r = it.next();
        } catch (e) {
          f.excSp = 0; // the compiled code has been through this frame's handlers
          pending = jitEscaped = jitException(e);
          continue;
        }
        f.yielded = !r.done;
        return r.value;
      }
      if (err === OSR_SIGNAL) {
        // Continue this frame in its compiled code (on-stack replacement).
        let r: PyValue;
        try {
          r = code.jit!(f.fun, f);
        } catch (e) {
          f.excSp = 0; // the compiled code has been through this frame's handlers
          pending = jitEscaped = jitException(e);
          continue;
        }
        if (r === DEOPT as unknown) return new Suspended(DEOPT.promise, DEOPT.inner!, DEOPT.push);
        if (f === entry) {
          f.sp = code.nState - 1;
          f.yielded = false;
          return r;
        }
        st.depth--;
        const caller = f.back!;
        f.back = undefined;
        f = caller;
        code = f.code;
        bc = code.bc;
        regs = f.regs;
        sp = f.sp;
        ip = f.ip;
        globals = f.globals;
        qstrs = code.ctx.qstrs;
        consts = code.ctx.consts;
        regs[++sp] = r;
        continue;
      }
      const exc = err instanceof PyBaseException ? err : fromJsError(err);
      // An exception out of compiled code has its line for this frame already.
      let inFrame = exc === jitEscaped;
      jitEscaped = undefined;
      // Find a handler, unwinding frames of this loop as needed (py/vm.c exception path).
      for (;;) {
        const op0 = bc[opIp];
        if (!inFrame && op0 === Op.FOR_ITER && isStopIteration(exc)) {
          let p = opIp + 1;
          let j = bc[p++];
          if (j & 0x80) j = (j & 0x7f) | (bc[p++] << 7);
          sp -= 4;
          ip = p + j;
          break;
        }
        if (
          !inFrame && exc !== GENERATOR_EXIT && op0 !== Op.END_FINALLY &&
          op0 !== Op.RAISE_LAST && !code.raw.noTraceback
        ) {
          exc.traceback.push({ file: code.ctx.file, line: code.lineOf(opIp), block: code.name });
        }
        inFrame = false;
        let handled = false;
        while (f.excSp > 0) {
          const h = f.exc[f.excSp - 1];
          if (h.handler <= opIp) {
            f.excSp--;
            continue;
          }
          sp = h.sp;
          h.prevExc = exc;
          st.curException = exc;
          regs[++sp] = exc;
          ip = h.handler;
          handled = true;
          break;
        }
        if (handled) break;
        if (f === entry) {
          f.sp = code.nState - 1;
          throw exc;
        }
        st.depth--;
        const caller = f.back!;
        f.back = undefined;
        f = caller;
        code = f.code;
        bc = code.bc;
        regs = f.regs;
        sp = f.sp;
        ip = f.ip;
        opIp = f.opIp;
        globals = f.globals;
        qstrs = code.ctx.qstrs;
        consts = code.ctx.consts;
      }
    }
  }
}

/** A JS error inside the VM: stack overflow is Python's recursion error, anything else a bug
 * surfaced as RuntimeError. */
export function fromJsError(err: unknown): PyBaseException {
  if (err instanceof RangeError && err.message.indexOf("call stack") >= 0) {
    return newException(RuntimeError, "maximum recursion depth exceeded");
  }
  if (vmEnv.onInternalError !== undefined) vmEnv.onInternalError(err);
  return toPyException(err);
}

// --- entry points -----------------------------------------------------------------------------

/** Call a Python function from native code: a nested, non-suspending run loop. */
export function callFunction(fn: PyFunction, args: PyValue[], kw: Kw): PyValue {
  const c = fn.code;
  if (
    kw === undefined && jitReady(c, fn) &&
    jitTakes(fn, args.length)
  ) {
    // Compiled code in a nested call cannot suspend, as a nested loop cannot.
    const st = state;
    const prevSuspendable = st.suspendable;
    const prevFrame = st.frame;
    st.suspendable = false;
    try {
      return c.jit!(fn, undefined, ...args);
    } finally {
      st.suspendable = prevSuspendable;
      st.frame = prevFrame;
    }
  }
  const f = frameFor(fn, args, kw);
  return runNested(f);
}

// Callers of run() restore `depth` to its value before the entry frame: when an exception
// escapes, the frames of that loop are gone even if the handler itself overflowed the JS stack.
function runNested(f: Frame): PyValue {
  const st = state;
  const base = st.depth;
  if (++st.depth > vmLimits.maxDepth) {
    st.depth = base;
    recursionError();
  }
  try {
    return run(f, f, MODE_NONE, undefined, false) as PyValue;
  } finally {
    st.depth = base;
  }
}

/** Run a function's code with `locals` as its name dict (class bodies, exec). */
export function callWithLocals(fn: PyFunction, args: PyValue[], locals: PyDict): PyValue {
  const f = frameFor(fn, args, undefined);
  f.locals = locals;
  return runNested(f);
}

function makeGenerator(fn: PyFunction, args: PyValue[], kw: Kw): PyValue {
  if (state.allocGate !== 0) heapLocked();
  return new PyGenerator(frameFor(fn, args, kw), fn);
}

funHooks.call = callFunction;
funHooks.makeGenerator = makeGenerator;

/** Fresh globals for a module: `__name__` and, when given, `__file__`. */
export function newModuleGlobals(name: string, file?: string): PyDict {
  const g = new PyDict();
  g.set("__name__", name);
  if (file !== undefined) g.set("__file__", file);
  return g;
}

function moduleFrame(code: Code, globals: PyDict): Frame {
  const f = new Frame(code, globals, undefined);
  f.locals = globals;
  return f;
}

/** Run module code to completion synchronously (natives may not suspend). */
export function runModuleSync(code: Code, globals: PyDict): void {
  runNested(moduleFrame(code, globals));
}

/** A module whose top level is machine code (`-X emit=native`): the function the port's
 * runner makes of it; undefined for bytecode. */
export function nativeModule(cm: CompiledModule, globals: PyDict): PyValue | undefined {
  const st = state;
  if (cm.rawCode.kind === RawCodeKind.BYTECODE || st.nativeCode === undefined) return undefined;
  return st.nativeCode(cm.rawCode, { ctx: new ModuleContext(cm), globals });
}

/** Run a compiled module's top level in `globals` on the async-capable loop. */
export async function runCompiledModule(cm: CompiledModule, globals: PyDict): Promise<void> {
  const fn = nativeModule(cm, globals);
  if (fn === undefined) return runModule(loadCode(cm), globals);
  const st = state, old = st.nativeLocals;
  st.nativeLocals = undefined; // the module's globals
  try {
    await callAsync(fn, []);
  } finally {
    st.nativeLocals = old;
  }
}

/** Run a compiled module's top level in `globals` synchronously (imports). */
export function runCompiledModuleSync(cm: CompiledModule, globals: PyDict): void {
  const fn = nativeModule(cm, globals);
  if (fn !== undefined) withNativeLocals(undefined, () => call(fn, []));
  else execCode(loadCode(cm), globals);
}

/** Run module code on the async-capable top-level loop. */
export async function runModule(code: Code, globals: PyDict): Promise<void> {
  const f = moduleFrame(code, globals);
  await runTopLevel(f);
}

/** Drive a frame to completion, awaiting suspensions. */
async function runTopLevel(f: Frame, owner?: unknown): Promise<PyValue> {
  const st = state;
  const base = st.depth;
  if (++st.depth > vmLimits.maxDepth) {
    st.depth = base;
    recursionError();
  }
  try {
    sliceStart = Date.now();
    let r = run(f, f, MODE_NONE, undefined, true);
    while (r instanceof Suspended) {
      // Other loops (threads) may push and pop frames meanwhile: this one's depth is its own.
      const depth = st.depth;
      let mode = MODE_PUSH;
      let v: PyValue | undefined;
      try {
        v = await r.promise;
        if (!r.push) mode = MODE_NONE;
      } catch (e) {
        mode = MODE_THROW;
        v = toPyException(e);
      }
      // Another interpreter may have run while this one waited.
      activate(st);
      st.depth = depth;
      if (vmThreads.hooks !== undefined) vmThreads.hooks.resumed(owner);
      sliceStart = Date.now();
      r = run(f, r.frame, mode, v, true);
    }
    return r;
  } finally {
    st.depth = base;
  }
}

/** Call any callable on the async-capable loop (for ports: e.g. a REPL line or callback).
 * Bytecode functions and methods suspend; `owner` identifies the loop to ThreadHooks. */
export function callAsync(
  fn: PyValue,
  args: PyValue[],
  kw: Kw = undefined,
  owner?: unknown,
): Promise<PyValue> {
  const f = frameForCall(fn, args.slice(), kw);
  if (f !== undefined) return runTopLevel(f, owner);
  return Promise.resolve(call(fn, args, kw));
}

/** Run a code object with explicit globals/locals (exec/eval of compiled source). */
export function execCode(code: Code, globals: PyDict, locals?: PyDict): PyValue {
  const f = new Frame(code, globals, undefined);
  f.locals = locals ?? globals;
  return runNested(f);
}

/** Current Python call depth (for diagnostics and tests). */
export function vmDepth(): number {
  return state.depth;
}
