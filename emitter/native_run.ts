// The desktop's native-code runtime: @micropython.native and @micropython.viper functions from
// .mpy files run as Thumb code in the emulator, against runtime structures laid out in its
// memory as a board would have them (docs/spec/native-abi.md). One runtime per interpreter.
//
// Python values cross as machine words (small ints, or handles from native_run_mem.ts; closure
// cells and exceptions as real 8-byte objects, because the code reads them directly). Every
// mp_fun_table entry is a host callback (native_run_table.ts). Exceptions follow nlrthumb: a
// Python exception raised inside a host callback lands in the innermost nlr_buf pushed at the
// same machine-call depth, else it leaves the machine call as a JS exception.
import type { PyValue } from "../src/py/obj.ts";
import { PyObject } from "../src/py/obj.ts";
import type { PyDict } from "../src/py/obj_dict.ts";
import {
  NameError,
  newException,
  PyBaseException,
  raise,
  RuntimeError,
  toPyException,
} from "../src/py/obj_exception.ts";
import { PyCell } from "../src/py/obj_fun.ts";
import type { RawCode } from "../src/py/raw_code.ts";
import { RawCodeKind } from "../src/py/raw_code.ts";
import type { NativeCodeRunner, NativeScope, NativeSite } from "../src/py/interp_state.ts";
import { state } from "../src/py/interp_state.ts";
import type { ModuleContext } from "../src/py/vm_prelude.ts";
import { ARENA_BASE, ThumbFault, ThumbMachine } from "./thumb_sim.ts";
import { asmRunner } from "./emit_inline_thumb_run.ts";
import { Handles, Heap, MP_OBJ_NULL, SMALL_INT_MAX, SMALL_INT_MIN } from "./native_run_mem.ts";
import { NativeModule } from "./native_run_module.ts";
import { FUN_TABLE_SIZE, funTableRows, type Handler } from "./native_run_table.ts";
import { makeFunction, type PyNativeFunction, twinFunction } from "./native_run_fun.ts";

const MEMORY_SIZE = 4 << 20;
const STACK_SIZE = 512 << 10;
/** Stack kept free below a nested call's entry: room for the deepest frame we expect. */
const STACK_MARGIN = 8 << 10;
/** Nested machine calls allowed: each one costs several host (JS) frames, and the host stack
 * overflows at roughly 500 of them. */
const MAX_DEPTH = 300;
/** Buffers lent to machine code stay mapped between calls up to these limits (thumb_sim.ts
 * trimMaps). */
const MAX_KEPT_MAPS = 64;
const MAX_KEPT_MAP_BYTES = 16 << 20;
/** Releasable handles that trigger a collection during a long outermost call. */
const COLLECT_AT = 1 << 16;

/** nlr_buf word offsets (Thumb): prev, ret_val, lr, r4-r11, sp. */
const NLR_RET_VAL = 4;
const NLR_LR = 8;
const NLR_REGS = 12;
const NLR_SP = 44;

interface NlrEntry {
  buf: number;
  depth: number;
}

export class NativeRuntime {
  readonly m = new ThumbMachine({ memorySize: MEMORY_SIZE, stackSize: STACK_SIZE });
  readonly handles = new Handles();
  readonly heap = new Heap(this.m);
  /** Address of mp_fun_table. */
  readonly funTable: number;
  /** mp_globals_get(): the dict load_global/store_global use (swap_globals changes it); kept
   * in the interpreter so globals() and exec see it too. */
  get globals(): PyDict | undefined {
    return state.nativeScope?.globals;
  }
  set globals(g: PyDict) {
    const scope = state.nativeScope;
    if (scope !== undefined) scope.globals = g;
  }
  /** Machine calls in progress. */
  depth = 0;
  /** The function being entered, for setup_code_state_native. */
  entering: PyNativeFunction | undefined;
  /** Generator code states alive (address → size): their words keep handles alive. */
  readonly liveStates = new Map<number, number>();
  private nlr: NlrEntry[] = [];
  private readonly stackLimit = ARENA_BASE + MEMORY_SIZE - STACK_SIZE + STACK_MARGIN;
  private modules = new WeakMap<ModuleContext, NativeModule[]>();
  private contexts = new Map<number, NativeModule>();
  private qstrIds = new Map<string, number>();
  private qstrNames: string[] = [];
  private boxes = new Map<number, WeakRef<PyCell | PyBaseException>>();
  private boxAddrs = new WeakMap<PyCell | PyBaseException, number>();
  private boxGone = new FinalizationRegistry<number>((addr) => {
    this.boxes.delete(addr);
    this.heap.release(addr, 8);
  });

  constructor(readonly asm: NativeCodeRunner) {
    this.funTable = this.heap.alloc(4 * FUN_TABLE_SIZE);
    for (const [index, , entry] of funTableRows()) {
      const w = typeof entry === "function"
        ? this.host(entry)
        : entry === undefined
        ? MP_OBJ_NULL
        : this.word(entry.obj, true);
      this.m.write32(this.funTable + 4 * index, w);
    }
  }

  // --- words and values ---------------------------------------------------------------------

  /** The machine word for a value. */
  word(v: PyValue, permanent = false): number {
    if (typeof v === "number") {
      if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return ((v << 1) | 1) >>> 0;
    } else if (typeof v === "bigint") {
      if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return ((Number(v) << 1) | 1) >>> 0;
    } else if (v instanceof PyCell || v instanceof PyBaseException) return this.boxWord(v);
    return this.handles.word(v, permanent);
  }

  /** The value of an object word (NULL is an error). */
  value(w: number): PyValue {
    if (w & 1) return (w | 0) >> 1;
    // Native code loads an unassigned local as NULL without a check and MicroPython then
    // reads through it; here it is the NameError the bytecode VM raises for the program.
    if (w === MP_OBJ_NULL) raise(NameError, "local variable referenced before assignment");
    if (this.handles.has(w)) return this.handles.get(w) as PyValue;
    const boxed = this.boxes.get(w)?.deref();
    if (boxed !== undefined) return boxed;
    return raise(RuntimeError, `native code: 0x${(w >>> 0).toString(16)} is not an object`);
  }

  /** `value`, with NULL as undefined. */
  valueOrNull(w: number): PyValue | undefined {
    return w === MP_OBJ_NULL ? undefined : this.value(w);
  }

  /** A runtime datum that is not a Python value (raw codes) as a permanent handle. */
  datumWord(d: unknown): number {
    return this.handles.word(d, true);
  }

  datum(w: number): unknown {
    if (!this.handles.has(w)) raise(RuntimeError, "native code: bad runtime pointer");
    return this.handles.get(w);
  }

  /** The runtime-wide qstr number of a name (what the qstr tables hold, 16 bits). */
  qstr(name: string): number {
    let q = this.qstrIds.get(name);
    if (q === undefined) {
      q = this.qstrNames.length;
      if (q > 0xffff) raise(RuntimeError, "native code: too many qstrs");
      this.qstrNames.push(name);
      this.qstrIds.set(name, q);
    }
    return q;
  }

  qstrName(q: number): string {
    return this.qstrNames[q] ?? raise(RuntimeError, `native code: bad qstr ${q}`);
  }

  /** An object the code dereferences, as an 8-byte block: a closure cell (+4 = contents; the
   * PyCell's `value` is redirected to that word so both sides see the same contents) or an
   * exception (+0 = its type, read by `with` cleanup). The block lives as long as the object. */
  private boxWord(o: PyCell | PyBaseException): number {
    const known = this.boxAddrs.get(o);
    if (known !== undefined) return known;
    const m = this.m;
    const addr = this.heap.alloc(8);
    this.boxAddrs.set(o, addr);
    this.boxes.set(addr, new WeakRef(o));
    this.boxGone.register(o, addr);
    if (o instanceof PyBaseException) {
      m.write32(addr, this.word(o.type));
      return addr;
    }
    const init = o.value;
    m.write32(addr + 4, init === undefined ? MP_OBJ_NULL : this.word(init));
    Object.defineProperty(o, "value", {
      get: () => this.valueOrNull(m.read32(addr + 4)),
      set: (v: PyValue | undefined) => m.write32(addr + 4, v === undefined ? 0 : this.word(v)),
      configurable: true,
      enumerable: true,
    });
    return addr;
  }

  // --- modules and functions ----------------------------------------------------------------

  /** The emulated module context for a loaded module and its globals. */
  module(ctx: ModuleContext, globals: PyDict): NativeModule {
    let list = this.modules.get(ctx);
    if (list === undefined) this.modules.set(ctx, list = []);
    let mod = list.find((x) => x.globals === globals);
    if (mod === undefined) {
      mod = new NativeModule(this, ctx, globals);
      list.push(mod);
      this.contexts.set(mod.context, mod);
    }
    return mod;
  }

  moduleAt(context: number): NativeModule {
    return this.contexts.get(context) ?? raise(RuntimeError, "native code: bad module context");
  }

  /** What MAKE_FUNCTION/MAKE_CLOSURE make of a machine-code raw code. */
  makeFunction(raw: RawCode, site: NativeSite): PyValue {
    if (raw.kind === RawCodeKind.NATIVE_ASM) return this.asm(raw, site);
    return makeFunction(this, raw, this.module(site.ctx, site.globals), site);
  }

  // --- running ------------------------------------------------------------------------------

  /** Start a machine call with `globals` current; returns what `leave` restores. */
  enter(globals: PyDict): NativeScope | undefined {
    if (this.depth >= MAX_DEPTH || (this.depth > 0 && this.m.regs[13] < this.stackLimit)) {
      raise(RuntimeError, "maximum recursion depth exceeded");
    }
    this.depth++;
    const st = state, old = st.nativeScope;
    st.nativeScope = { globals, frame: st.frame, callerSuspendable: st.suspendable };
    // Machine code can't be paused: what it calls must finish (or fail) before it returns.
    st.suspendable = false;
    return old;
  }

  /** End a machine call: drop its nlr buffers; after the outermost one, release handles that
   * no live structure holds and trim the buffers lent to the code. */
  leave(old: NativeScope | undefined): void {
    const nlr = this.nlr;
    while (nlr.length > 0 && nlr[nlr.length - 1].depth >= this.depth) nlr.pop();
    this.depth--;
    const st = state;
    st.suspendable = st.nativeScope!.callerSuspendable;
    st.nativeScope = old;
    if (this.depth === 0) {
      this.handles.sweep(this.roots(false));
      this.m.trimMaps(MAX_KEPT_MAPS, MAX_KEPT_MAP_BYTES);
    }
  }

  /** Run machine code at `entry` (between enter and leave); machine faults become Python
   * exceptions. */
  exec(entry: number, args: number[]): number {
    try {
      return this.m.call(entry | 1, args) >>> 0;
    } catch (e) {
      throw pyError(e);
    }
  }

  /** Words that keep handles alive: boxes, generator states, and (during a run) the stack and
   * the registers. */
  private roots(running: boolean): Set<number> {
    const m = this.m;
    const roots = new Set<number>();
    for (const addr of this.boxes.keys()) roots.add(m.read32(addr)).add(m.read32(addr + 4));
    for (const [addr, size] of this.liveStates) {
      for (let p = addr; p < addr + size; p += 4) roots.add(m.read32(p));
    }
    if (running) {
      for (let i = 0; i < 13; i++) roots.add(m.regs[i]);
      for (let p = m.regs[13] & ~3; p < ARENA_BASE + MEMORY_SIZE; p += 4) roots.add(m.read32(p));
    }
    return roots;
  }

  /** An address that runs `fn` when the code calls it (an mp_fun_table entry). */
  host(fn: Handler): number {
    return this.m.registerHost((m) => {
      const r = m.regs;
      // Inside one outermost call everything live is on its stack or in its registers.
      if (this.depth === 1 && this.handles.tempCount > COLLECT_AT) {
        this.handles.sweep(this.roots(true));
      }
      try {
        const out = fn(this, r[0], r[1], r[2], r[3]);
        if (out !== undefined) r[0] = out >>> 0;
      } catch (e) {
        const exc = pyError(e);
        if (!(exc instanceof PyBaseException) || !this.nlrJump(exc)) throw exc;
      }
    });
  }

  // --- nlr (py/nlrthumb.c's contract) -------------------------------------------------------

  nlrPush(buf: number): number {
    const m = this.m, r = m.regs;
    const top = this.nlr[this.nlr.length - 1];
    m.write32(buf, top?.buf ?? 0);
    m.write32(buf + NLR_LR, r[14]);
    for (let i = 0; i < 8; i++) m.write32(buf + NLR_REGS + 4 * i, r[4 + i]);
    m.write32(buf + NLR_SP, r[13]);
    this.nlr.push({ buf, depth: this.depth });
    return 0;
  }

  nlrPop(): void {
    const top = this.nlr[this.nlr.length - 1];
    if (top !== undefined && top.depth === this.depth) this.nlr.pop();
  }

  /** Deliver `e` to the innermost handler of the running machine call, as nlr_jump: restore
   * the registers saved by nlr_push and return 1 from it. False when there is none. */
  private nlrJump(e: PyBaseException): boolean {
    const top = this.nlr[this.nlr.length - 1];
    if (top === undefined || top.depth !== this.depth) return false;
    this.nlr.pop();
    const m = this.m, r = m.regs, buf = top.buf;
    m.write32(buf + NLR_RET_VAL, this.word(e));
    for (let i = 0; i < 8; i++) r[4 + i] = m.read32(buf + NLR_REGS + 4 * i);
    r[13] = m.read32(buf + NLR_SP);
    r[14] = m.read32(buf + NLR_LR);
    r[0] = 1;
    return true;
  }
}

/** Anything thrown while native code runs, as what Python sees. */
function pyError(e: unknown): unknown {
  if (e instanceof PyBaseException) return e;
  if (e instanceof ThumbFault) return newException(RuntimeError, `native code: ${e.message}`);
  if (e instanceof PyObject) return e; // the VM's own signals pass through
  return toPyException(e);
}

/** For an interpreter (its `nativeCode` option): runs asm_thumb, @native and @viper code from
 * .mpy files in one Thumb emulator per interpreter (made on first use). */
export function nativeRunner(): NativeCodeRunner {
  const asm = asmRunner() as NativeCodeRunner;
  let rt: NativeRuntime | undefined;
  const run = (raw: RawCode, site: NativeSite) =>
    raw.kind === RawCodeKind.NATIVE_ASM
      ? asm(raw, site)
      : raw.twin !== undefined
      ? twinFunction(raw.twin, site)
      : (rt ??= new NativeRuntime(asm)).makeFunction(raw, site);
  return Object.assign(run, { runsNative: true });
}
