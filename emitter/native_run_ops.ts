// The larger mp_fun_table helpers: viper value conversion (docs/spec/native-abi.md §7), calls
// with arguments in emulated memory (§6.5), and one step of `yield from`
// (py/nativeglue.c mp_native_yield_from).
import { type Kw, type PyValue, typeOf } from "../src/py/obj.ts";
import { isException, raise, TypeError, ZeroDivisionError } from "../src/py/obj_exception.ts";
import { bufferData } from "../src/py/obj_bytes.ts";
import { funHooks, makeRaiseObj, PyGenerator } from "../src/py/obj_fun.ts";
import { encodeUtf8 } from "../src/py/obj_str.ts";
import { call, callMethod, lookupAttr, truthy } from "../src/py/runtime.ts";
import { flattenVarArgs } from "../src/py/vm_call.ts";
import { isGeneratorExit, isStopIteration } from "../src/py/vm_ops.ts";
import { vmEnv } from "../src/py/vm_env.ts";
import type { Slot } from "../src/py/vm_frame.ts";
import { PyNativeGenerator, resumeNative } from "./native_run_fun.ts";
import type { NativeRuntime } from "./native_run.ts";

/** Viper types (MP_NATIVE_TYPE_*). */
const enum Viper {
  OBJ = 0,
  BOOL = 1,
  INT = 2,
  UINT = 3,
  QSTR = 8,
}

/** `n` object words from `addr` as values (NULL as undefined). */
export function readValues(rt: NativeRuntime, addr: number, n: number): (PyValue | undefined)[] {
  const out: (PyValue | undefined)[] = [];
  for (let i = 0; i < n; i++) out.push(rt.valueOrNull(rt.m.read32(addr + 4 * i)));
  return out;
}

/** `n` objects at `addr` (arguments, items), none of them NULL (see NativeRuntime.value). */
export function readObjects(rt: NativeRuntime, addr: number, n: number): PyValue[] {
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) out.push(rt.value(rt.m.read32(addr + 4 * i)));
  return out;
}

/** mp_obj_get_int_truncated: the low 32 bits of an int (or bool). */
function truncated(v: PyValue): number {
  if (typeof v === "number") {
    return Number.isSafeInteger(v) ? Number(BigInt.asUintN(32, BigInt(v))) : 0;
  }
  if (typeof v === "bigint") return Number(BigInt.asUintN(32, v));
  if (typeof v === "boolean") return v ? 1 : 0;
  return raise(TypeError, `can't convert ${typeOf(v).name} to int`);
}

/** mp_native_from_obj: an object word → a viper machine value. */
export function nativeFromObj(rt: NativeRuntime, w: number, type: number): number {
  const t = type & 0xf;
  if (t === Viper.OBJ) return w;
  const v = rt.value(w);
  if (t === Viper.BOOL) return truthy(v) ? 1 : 0;
  if (t === Viper.INT || t === Viper.UINT) return truncated(v);
  // Pointers: a buffer's address (lent to the code for the rest of this run), else an int.
  const bytes = typeof v === "string" ? encodeUtf8(v) : bufferData(v);
  if (bytes === undefined) return truncated(v);
  return rt.m.map(bytes.length > 0 ? bytes : new Uint8Array(1));
}

/** mp_native_to_obj: a viper machine value → an object word. */
export function nativeToObj(rt: NativeRuntime, val: number, type: number): number {
  switch (type & 0xf) {
    case Viper.OBJ:
      return val;
    case Viper.BOOL:
      return rt.word(val !== 0);
    case Viper.INT:
      return rt.word(val | 0);
    case Viper.QSTR:
      return rt.word(rt.qstrName(val));
    default: // uint and pointers
      return rt.word(val >>> 0);
  }
}

/** Python floor division and modulo on machine ints (viper `//` and `%`). */
export function floorDivide(num: number, denom: number): number {
  const a = num | 0, b = denom | 0;
  if (b === 0) raise(ZeroDivisionError, "divide by zero");
  return Math.floor(a / b) | 0;
}

export function modulo(num: number, denom: number): number {
  const a = num | 0, b = denom | 0;
  if (b === 0) raise(ZeroDivisionError, "divide by zero");
  let r = a % b;
  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
  return r | 0;
}

/** Call `fun` with `nPos` positional words then `nKw` (name, value) pairs at `args`. */
export function callWords(
  rt: NativeRuntime,
  fun: PyValue,
  self: PyValue | undefined,
  nPos: number,
  nKw: number,
  args: number,
): number {
  const words = readObjects(rt, args, nPos + 2 * nKw);
  const pos = words.slice(0, nPos);
  if (self !== undefined) pos.unshift(self);
  let kw: Kw = undefined;
  if (nKw > 0) {
    kw = new Map();
    for (let i = 0; i < nKw; i++) {
      const name = words[nPos + 2 * i];
      if (typeof name !== "string") raise(TypeError, "keywords must be strings");
      kw.set(name, words[nPos + 2 * i + 1]);
    }
  }
  return rt.word(call(fun, pos, kw));
}

/** mp_call_method_n_kw_var: fun, [self], positional, keyword pairs, then the star bitmap. */
export function callVarWords(
  rt: NativeRuntime,
  haveSelf: number,
  nn: number,
  args: number,
): number {
  const nPos = nn & 0xff, nKw = (nn >> 8) & 0xff;
  const head = haveSelf ? 2 : 1;
  const words = readValues(rt, args, head + nPos + 2 * nKw + 1);
  const fun = words[0] as PyValue;
  const self = haveSelf ? words[1] : undefined;
  const star = words[head + nPos + 2 * nKw] as number;
  const out: PyValue[] = self === undefined ? [] : [self];
  // The callee decides how a keyword given twice fails, as in bytecode.
  const kw = flattenVarArgs(words.slice(head) as Slot[], 0, nPos, nKw, star, out, fun);
  return rt.word(call(fun, out, kw));
}

interface Step {
  yielded: boolean;
  value: PyValue;
}

/** mp_resume: one step of any iterator, as `yield from` drives it. */
function step(gen: PyValue, send: PyValue, exc: PyValue | undefined): Step {
  if (gen instanceof PyNativeGenerator || gen instanceof PyGenerator) {
    if (gen.finished) return { yielded: false, value: null };
    const value = gen instanceof PyGenerator
      ? funHooks.resume(gen, send, exc)
      : resumeNative(gen, send, exc);
    return { yielded: !gen.finished, value };
  }
  if (exc !== undefined) {
    const thrower = lookupAttr(gen, "throw");
    if (thrower === undefined) throw makeRaiseObj(exc);
    return { yielded: true, value: call(thrower, [exc]) };
  }
  if (send === null) {
    const t = typeOf(gen);
    if (t.iterNext === undefined) raise(TypeError, `'${t.name}' object isn't an iterator`);
    vmEnv.stopIterationArg = null;
    const v = t.iterNext(gen);
    if (v !== undefined) return { yielded: true, value: v };
    const value = vmEnv.stopIterationArg;
    vmEnv.stopIterationArg = null;
    return { yielded: false, value };
  }
  return { yielded: true, value: callMethod(gen, "send", [send]) };
}

/** yield_from(gen, send, ret_io): true = the delegate yielded `*ret_io`; false = it finished
 * with `*ret_io`. On entry `*ret_io` is a value to throw in, or NULL. */
export function yieldFrom(rt: NativeRuntime, g: number, s: number, io: number): number {
  const m = rt.m;
  const thrown = rt.valueOrNull(m.read32(io));
  const send = thrown !== undefined ? null : rt.valueOrNull(s) ?? null;
  let r: Step;
  try {
    r = step(rt.value(g), send, thrown);
  } catch (e) {
    if (!isException(e) || !isStopIteration(e)) throw e;
    r = { yielded: false, value: e.args.items[0] ?? null };
  }
  if (!r.yielded && thrown !== undefined && isGeneratorExit(thrown)) throw makeRaiseObj(thrown);
  m.write32(io, rt.word(r.value));
  return r.yielded ? 1 : 0;
}

/** arg_check_num_sig: `sig` = min << 17 | max << 1 | takes_kw (mp_arg_check_num_sig). */
export function argCheck(nArgs: number, nKw: number, sig: number): void {
  const min = sig >>> 17, max = (sig >> 1) & 0xffff;
  if (nKw !== 0 && (sig & 1) === 0) raise(TypeError, "function doesn't take keyword arguments");
  if (min === max) {
    if (nArgs !== min) {
      raise(TypeError, `function takes ${min} positional arguments but ${nArgs} were given`);
    }
  } else if (nArgs < min) {
    raise(TypeError, `function missing ${min - nArgs} required positional arguments`);
  } else if (nArgs > max) {
    raise(TypeError, `function expected at most ${max} arguments, got ${nArgs}`);
  }
}
