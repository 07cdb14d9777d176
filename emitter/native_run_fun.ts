// Native and viper functions as Python callables, and native generators (py/objfun.c
// fun_native_call / fun_viper_call, py/objgenerator.c native_gen_wrap_call): the calling
// convention of docs/spec/native-abi.md §1 and the code state of §3 and §6.4.
import { defineType, type Kw, PyObject, type PyType, type PyValue } from "../src/py/obj.ts";
import type { PyDict } from "../src/py/obj_dict.ts";
import {
  isException,
  newException,
  raise,
  RuntimeError,
  TypeError,
  ValueError,
} from "../src/py/obj_exception.ts";
import {
  bindFunction,
  closureType,
  functionAttr,
  functionRepr,
  GeneratorObject,
  PyFunction,
} from "../src/py/obj_fun.ts";
import type { NativeSite } from "../src/py/interp_state.ts";
import type { RawCode } from "../src/py/raw_code.ts";
import { RawCodeKind } from "../src/py/raw_code.ts";
import { ScopeFlag } from "../src/py/bytecode.ts";

import { bindArgs } from "../src/py/vm_call.ts";
import { isStopIteration } from "../src/py/vm_ops.ts";
import { Code, type ModuleContext } from "../src/py/vm_prelude.ts";
import { JIT_NEVER } from "../src/py/vm_jit.ts";
import type { Slot } from "../src/py/vm_frame.ts";
import { MP_OBJ_NULL, writeWords } from "./native_run_mem.ts";
import type { LoadedCode, NativeModule } from "./native_run_module.ts";
import type { NativeRuntime } from "./native_run.ts";

/** Code state offsets: fun_obj (0), ip (4), sp, n_state, old_globals, state[]. */
const CS_SP = 8;
const CS_N_STATE = 12;
const CS_STATE = 20;
/** exc_sp_idx of a native code state (MP_CODE_STATE_EXC_SP_IDX_SENTINEL). */
const EXC_SP_SENTINEL = 0xffff;
/** Generator resume results (mp_vm_return_kind_t). */
const RETURN_YIELD = 1;
const RETURN_EXCEPTION = 2;

/** A @native or @viper function. Functions made from one raw code share its loaded code and
 * function object; what differs (defaults, closure) is bound here, on the JS side. */
export class PyNativeFunction extends PyObject {
  constructor(
    readonly rt: NativeRuntime,
    readonly loaded: LoadedCode,
    readonly module: NativeModule,
    public defaults: PyValue[] | undefined,
    public kwDefaults: PyDict | undefined,
    public closure: PyValue[] | undefined,
  ) {
    super(nativeTypeOf(loaded, closure));
  }

  invoke(args: PyValue[], kw: Kw): PyValue {
    return isGeneratorCode(this.loaded)
      ? makeGenerator(this, args, kw)
      : callNative(this, args, kw);
  }

  /** The prelude, as argument binding reads it (NATIVE_PY only). */
  get code(): Code {
    return this.loaded.prelude ?? raise(RuntimeError, "native code: no prelude");
  }

  get globals(): PyDict {
    return this.module.globals;
  }

  get name(): string {
    return this.loaded.prelude?.name ?? "<viper>";
  }

  /** The same function with closure cells (new_closure). */
  withClosure(cells: PyValue[]): PyNativeFunction {
    return new PyNativeFunction(
      this.rt,
      this.loaded,
      this.module,
      this.defaults,
      this.kwDefaults,
      cells,
    );
  }
}

/** Bytecode run beside native code (children of native functions, twins of @native ones),
 * decoded once per raw code. */
const bytecodes = new WeakMap<RawCode, Code>();

function bytecodeOf(raw: RawCode, ctx: ModuleContext): [Code, boolean] {
  const known = bytecodes.get(raw);
  if (known !== undefined) return [known, false];
  const code = new Code(raw, ctx);
  bytecodes.set(raw, code);
  return [code, true];
}

/** A function for a raw code made inside a module that has native code (MAKE_FUNCTION from
 * the VM, or make_function_from_proto_fun from machine code). */
export function makeFunction(
  rt: NativeRuntime,
  raw: RawCode,
  module: NativeModule,
  site: Omit<NativeSite, "ctx" | "globals">,
): PyValue {
  if (raw.kind === RawCodeKind.BYTECODE) {
    const [code] = bytecodeOf(raw, module.ctx);
    return new PyFunction(code, module.globals, site.defaults, site.kwDefaults, site.closure);
  }
  if (raw.kind === RawCodeKind.NATIVE_ASM) {
    return rt.asm(raw, { ctx: module.ctx, globals: module.globals, ...site });
  }
  return new PyNativeFunction(
    rt,
    module.load(raw),
    module,
    site.defaults,
    site.kwDefaults,
    site.closure,
  );
}

/** A @native function compiled from source on the desktop, as its bytecode twin: the JIT tier
 * compiles it at its first call (as MicroPython compiles it ahead of time). */
export function twinFunction(twin: RawCode, site: NativeSite): PyFunction {
  const [code, fresh] = bytecodeOf(twin, site.ctx);
  if (fresh && code.hot < JIT_NEVER) code.hot = 1;
  return new PyFunction(code, site.globals, site.defaults, site.kwDefaults, site.closure);
}

/** fun_native_call / fun_viper_call: `f(fun_obj, n_args, n_kw, args)`. */
function callNative(f: PyNativeFunction, args: PyValue[], kw: Kw): PyValue {
  const rt = f.rt;
  const all = f.closure === undefined ? args : [...f.closure, ...args];
  const nKw = kw === undefined ? 0 : kw.size;
  const size = 4 * (all.length + 2 * nKw);
  const old = rt.enter(f.globals);
  let argv = 0;
  try {
    argv = rt.heap.alloc(size);
    const words = all.map((v) => rt.word(v));
    if (kw !== undefined) { for (const [k, v] of kw) words.push(rt.word(k), rt.word(v)); }
    writeWords(rt.m, argv, words);
    const loaded = f.loaded;
    rt.entering = f;
    const entry = loaded.funData + (loaded.raw.kind === RawCodeKind.NATIVE_PY ? 4 : 0);
    return rt.value(rt.exec(entry, [loaded.funObj, all.length, nKw, argv]));
  } finally {
    rt.entering = undefined;
    if (argv !== 0) rt.heap.release(argv, size);
    rt.leave(old);
  }
}

/** mp_setup_code_state_native: bind the arguments into the code state at `cs`, as bytecode
 * binds them (defaults, keywords, *args/**kwargs, cells); locals go in reverse order. */
export function setupCodeState(
  rt: NativeRuntime,
  f: PyNativeFunction,
  cs: number,
  args: PyValue[],
  kw: Kw,
): void {
  const m = rt.m;
  const nState = m.read32(cs + CS_N_STATE) & 0xffff;
  const regs: Slot[] = new Array(f.code.nState).fill(undefined);
  if (regs.length > nState) raise(RuntimeError, "native code: code state too small");
  bindArgs(f as unknown as PyFunction, regs, args, kw);
  for (let i = 0; i < nState; i++) {
    const v = regs[i] as PyValue | undefined;
    m.write32(cs + CS_STATE + 4 * (nState - 1 - i), v === undefined ? MP_OBJ_NULL : rt.word(v));
  }
  m.write32(cs + CS_SP, cs + CS_STATE - 4);
}

// --- generators -------------------------------------------------------------------------------

/** A native generator: its code state lives in emulated memory. */
export class PyNativeGenerator extends GeneratorObject {
  constructor(readonly fn: PyNativeFunction, readonly cs: number, readonly size: number) {
    super();
  }

  resume(send: PyValue, exc: PyValue | undefined): PyValue {
    return resumeNative(this, send, exc);
  }

  get name(): string {
    return this.fn.name;
  }

  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const rt = this.fn.rt;
    rt.liveStates.delete(this.cs);
    rt.heap.release(this.cs, this.size);
    genGone.unregister(this);
  }
}

/** Unfinished generators that were dropped give their code state back. */
const genGone = new FinalizationRegistry<() => void>((free) => free());

/** native_gen_wrap_call: a code state in emulated memory, arguments bound, ip at the code for
 * the first resume. */
function makeGenerator(f: PyNativeFunction, args: PyValue[], kw: Kw): PyValue {
  const rt = f.rt, m = rt.m, loaded = f.loaded;
  const nState = f.code.nState;
  const size = CS_STATE + 4 * nState;
  const cs = rt.heap.alloc(size);
  const gen = new PyNativeGenerator(f, cs, size);
  rt.liveStates.set(cs, size);
  genGone.register(gen, () => {
    rt.liveStates.delete(cs);
    rt.heap.release(cs, size);
  }, gen);
  const start = new DataView(loaded.raw.data.buffer, loaded.raw.data.byteOffset).getUint32(4, true);
  writeWords(m, cs, [loaded.funObj, (loaded.funData + start) | 1, 0, nState, 0]);
  m.write16(cs + CS_N_STATE + 2, EXC_SP_SENTINEL);
  try {
    setupCodeState(rt, f, cs, f.closure === undefined ? args : [...f.closure, ...args], kw);
  } catch (e) {
    gen.finish();
    throw e;
  }
  return gen;
}

/** mp_obj_gen_resume for a native generator: the yielded value, or the returned value with
 * `finished` set; an exception leaving the generator is thrown. */
export function resumeNative(
  g: PyNativeGenerator,
  send: PyValue,
  exc: PyValue | undefined,
): PyValue {
  if (g.running) raise(ValueError, "generator already executing");
  const rt = g.fn.rt, m = rt.m, cs = g.cs;
  const sp = m.read32(cs + CS_SP);
  if (sp === cs + CS_STATE - 4) {
    if (send !== null) raise(TypeError, "can't send non-None value to a just-started generator");
  } else m.write32(sp, rt.word(send));
  const old = rt.enter(g.fn.globals);
  g.running = true;
  try {
    let kind: number;
    try {
      kind = rt.exec(g.fn.loaded.funData + 8, [cs, exc === undefined ? 0 : rt.word(exc)]);
    } catch (e) {
      g.finish();
      throw e;
    }
    const result = kind === RETURN_EXCEPTION
      ? rt.value(m.read32(cs + CS_STATE))
      : rt.value(m.read32(m.read32(cs + CS_SP)));
    if (kind === RETURN_YIELD) return result;
    g.finish();
    if (kind !== RETURN_EXCEPTION) return result;
    // PEP 479, as py/objgenerator.c.
    if (isException(result) && isStopIteration(result)) {
      throw newException(RuntimeError, "generator raised StopIteration");
    }
    throw result;
  } finally {
    g.running = false;
    rt.leave(old);
  }
}

export const nativeFunctionType: PyType = defineType({
  notBase: true,
  name: "function",
  repr: functionRepr,
  call: (self, args, kw) => callNative(self as PyNativeFunction, args, kw),
  getAttr: functionAttr,
  descrGet: bindFunction,
  isMethodLike: true,
});

/** MicroPython's fun_viper: also named "function", but a type of its own, which prints as
 * `<function>` and has no attributes (no __name__: it keeps no prelude). */
export const viperFunctionType: PyType = defineType({
  notBase: true,
  name: "function",
  repr: () => "<function>",
  call: (self, args, kw) => callNative(self as PyNativeFunction, args, kw),
  getAttr: () => undefined,
  descrGet: bindFunction,
  isMethodLike: true,
});

export const nativeGenFunctionType: PyType = defineType({
  notBase: true,
  name: "generator",
  repr: () => "<generator>",
  call: (self, args, kw) => makeGenerator(self as PyNativeFunction, args, kw),
  getAttr: functionAttr,
  descrGet: bindFunction,
  isMethodLike: true,
});

function nativeTypeOf(loaded: LoadedCode, closure: PyValue[] | undefined): PyType {
  if (closure !== undefined) return closureType;
  if (loaded.raw.kind === RawCodeKind.NATIVE_VIPER) return viperFunctionType;
  return isGeneratorCode(loaded) ? nativeGenFunctionType : nativeFunctionType;
}

const isGeneratorCode = (loaded: LoadedCode) =>
  ((loaded.prelude?.scopeFlags ?? 0) & ScopeFlag.GENERATOR) !== 0;
