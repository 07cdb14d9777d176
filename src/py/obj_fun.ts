// Bytecode functions, closure cells and generator objects (py/objfun.c, py/objgenerator.c,
// py/objclosure.c, py/objcell.c). Running them is the VM's job: it installs `funHooks`.
import { defineType, isSubtype, type Kw, PyObject, PyType, type PyValue, typeOf } from "./obj.ts";
import type { PyDict } from "./obj_dict.ts";
import {
  BaseException,
  GeneratorExit,
  isException,
  newException,
  PyBaseException,
  raise,
  RuntimeError,
  StopIteration,
  TypeError,
  ValueError,
} from "./obj_exception.ts";
import { boundMethodType, call, hash, identityHash, PyBoundMethod } from "./runtime.ts";
import { BinaryOp } from "./bytecode.ts";
import type { Code } from "./vm_prelude.ts";
import type { Frame } from "./vm_frame.ts";
import { vmEnv } from "./vm_env.ts";

/** A closure cell (py/objcell.c); `value` undefined = empty. */
export class PyCell extends PyObject {
  constructor(public value: PyValue | undefined) {
    super(cellType);
  }
}
export const cellType: PyType = defineType({ name: "cell", repr: () => "<cell>" });

/** A Python function made by MAKE_FUNCTION/MAKE_CLOSURE. */
export class PyFunction extends PyObject {
  /** The frame builtins see while this function's compiled code runs (src/jit). */
  jitScope: Frame | undefined = undefined;
  constructor(
    public code: Code,
    public globals: PyDict,
    /** Positional defaults (n_def_pos_args values), or undefined. */
    public defaults: PyValue[] | undefined,
    /** Keyword-only defaults (DEFKWARGS), or undefined. */
    public kwDefaults: PyDict | undefined,
    /** Closed-over cells, prepended to the positional arguments at call time. */
    public closure: PyValue[] | undefined,
  ) {
    super(
      closure !== undefined ? closureType : code.isGenerator ? genFunctionType : functionType,
    );
  }

  get name(): string {
    return this.code.name;
  }

  invoke(args: PyValue[], kw: Kw): PyValue {
    return this.code.isGenerator
      ? funHooks.makeGenerator(this, args, kw)
      : funHooks.call(this, args, kw);
  }
}

/** Installed by vm.ts: run a function to completion in a nested VM loop, and resume a
 * generator. `resume` returns the yielded value, or the returned value with gen.finished
 * set; it throws exceptions leaving the generator. */
export const funHooks = {
  call: (_fn: PyFunction, _args: PyValue[], _kw: Kw): PyValue => {
    throw new Error("VM not loaded");
  },
  makeGenerator: (_fn: PyFunction, _args: PyValue[], _kw: Kw): PyValue => {
    throw new Error("VM not loaded");
  },
  resume: (_gen: PyGenerator, _send: PyValue, _exc: PyValue | undefined): PyValue => {
    throw new Error("VM not loaded");
  },
};

const hex = (o: object) => identityHash(o).toString(16);

/** What the function types share, bytecode or machine code. */
export interface FunctionObject extends PyObject {
  readonly name: string;
  readonly globals: PyDict;
  /** Call it (a generator function returns its generator). */
  invoke(args: PyValue[], kw: Kw): PyValue;
}

/** `__name__` and `__globals__` of any function object. */
export function functionAttr(self: PyValue, name: string): PyValue | undefined {
  const f = self as FunctionObject;
  if (name === "__name__") return f.name;
  if (name === "__globals__") return f.globals;
  return undefined;
}

/** A function looked up on an instance binds to it (descriptor protocol). */
export const bindFunction = (descr: PyValue, obj: PyValue | undefined): PyValue =>
  obj === undefined ? descr : new PyBoundMethod(obj, descr);

/** `<function NAME at 0x...>`. */
export const functionRepr = (self: PyValue): string =>
  `<function ${(self as FunctionObject).name} at 0x${hex(self as PyObject)}>`;

const funAttr = functionAttr;
const bindFun = bindFunction;

/** A function with closed-over cells (py/objclosure.c), bytecode or machine code alike. */
export const closureType: PyType = defineType({
  notBase: true,
  name: "closure",
  repr: (self) => `<closure ${functionRepr(self)} at ${hex(self as PyObject)}>`,
  call: (self, args, kw) => (self as FunctionObject).invoke(args, kw),
  getAttr: funAttr,
  // objclosure.c forwards every attribute access to the function as a load, a store or delete
  // too: one the function has fails, any other does nothing (and `w.x = 1` is not an error).
  setAttr: (self, name) => name !== "__class__" && funAttr(self, name) === undefined,
  descrGet: bindFun,
  isMethodLike: true,
});

export const functionType: PyType = defineType({
  notBase: true,
  name: "function",
  repr: functionRepr,
  call: (self, args, kw) => funHooks.call(self as PyFunction, args, kw),
  getAttr: funAttr,
  descrGet: bindFun,
  isMethodLike: true,
});

/** Type of a generator function (MicroPython's gen_wrap, also named "generator"). */
export const genFunctionType: PyType = defineType({
  notBase: true,
  name: "generator",
  repr: () => "<generator>",
  call: (self, args, kw) => funHooks.makeGenerator(self as PyFunction, args, kw),
  getAttr: funAttr,
  descrGet: bindFun,
  isMethodLike: true,
});

/** A generator (or coroutine) instance, of bytecode or of machine code: one `generator` type
 * for both, as in MicroPython, each kind resuming itself. */
export abstract class GeneratorObject extends PyObject {
  /** True once it returned or raised; its frame or code state is then dropped. */
  finished = false;
  /** True while it is executing (re-entry is an error). */
  running = false;
  /** What pend_throw() left to throw at the next resume (None: nothing). */
  pendExc: PyValue = null;
  constructor() {
    super(generatorType);
  }
  /** One step: the yielded value, or the returned value with `finished` set; an exception
   * leaving the generator is thrown. */
  abstract resume(send: PyValue, exc: PyValue | undefined): PyValue;
  abstract get name(): string;
}

/** A bytecode generator: a suspended frame. */
export class PyGenerator extends GeneratorObject {
  /** The compiled body, once it runs compiled (vm.ts resumeCompiled). */
  js: Iterator<PyValue, PyValue, PyValue> | undefined = undefined;
  constructor(public frame: Frame, public fun: PyFunction) {
    super();
  }
  resume(send: PyValue, exc: PyValue | undefined): PyValue {
    return funHooks.resume(this, send, exc);
  }
  get name(): string {
    return this.fun.code.name;
  }
}

/** The preallocated GeneratorExit that close() throws (gets no traceback entries). */
export const GENERATOR_EXIT: PyBaseException = newException(GeneratorExit);

/** The value carried by the last generator return seen by iterNext (MicroPython keeps it for
 * `yield from`; native consumers only see exhaustion). */
export const genState = { stopValue: null as PyValue };

function resumeOrRaise(g: GeneratorObject, send: PyValue, exc: PyValue | undefined): PyValue {
  if (g.finished) return raise(StopIteration);
  const v = g.resume(send, exc);
  if (g.finished) {
    if (v === null) return raise(StopIteration);
    return raise(StopIteration, v);
  }
  return v;
}

function genClose(g: GeneratorObject): PyValue {
  if (g.finished) return null;
  try {
    g.resume(null, GENERATOR_EXIT);
  } catch (e) {
    if (isException(e) && isGeneratorExit(e)) return null;
    throw e;
  }
  if (!g.finished) raise(RuntimeError, "generator ignored GeneratorExit");
  return null;
}

function isGeneratorExit(e: PyBaseException): boolean {
  for (const t of e.type.mro) if (t === GeneratorExit) return true;
  return false;
}

export const generatorType: PyType = defineType({
  notBase: true,
  name: "generator",
  repr: (self) => {
    const g = self as GeneratorObject;
    return `<generator object '${g.name}' at ${hex(g)}>`;
  },
  getIter: (self) => self,
  iterNext: (self) => {
    const g = self as GeneratorObject;
    if (g.finished) return undefined;
    const v = g.resume(null, undefined);
    if (!g.finished) return v;
    // Kept for `yield from` and for next() with a default (machine code reads the latter).
    genState.stopValue = v;
    vmEnv.stopIterationArg = v;
    return undefined;
  },
  methods: [
    ["send", (a) => resumeOrRaise(a[0] as GeneratorObject, a[1], undefined), 2, 2],
    [
      "throw",
      (a) => {
        const exc = a.length > 2 && a[2] !== null ? a[2] : a[1];
        return resumeOrRaise(a[0] as GeneratorObject, null, exc);
      },
      2,
      4,
    ],
    ["close", (a) => genClose(a[0] as GeneratorObject), 1, 1],
    [
      "pend_throw",
      (a) => {
        const g = a[0] as GeneratorObject;
        if (g.running) raise(ValueError, "generator already executing");
        const prev = g.pendExc;
        g.pendExc = a[1];
        return prev;
      },
      2,
      2,
    ],
  ],
});

/** `e` as an exception instance, instantiating a class (mp_make_raise_obj). */
export function makeRaiseObj(e: PyValue): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof PyType && isSubtype(e, BaseException)) {
    const inst = call(e, []);
    if (inst instanceof PyBaseException) return inst;
  }
  return newException(TypeError, "exceptions must derive from BaseException");
}

// Bound methods (py/objboundmeth.c): equal when they bind the same object to the same function
// (identity, never the object's __eq__); attributes come from the function (`m.__name__`).
const identityOf = (v: PyValue): number =>
  typeof v === "object" && v !== null ? identityHash(v) : hash(v);
boundMethodType.binaryOp = (op, a, b) => {
  if (op !== BinaryOp.EQUAL || !(b instanceof PyBoundMethod)) return undefined;
  const m = a as PyBoundMethod;
  return m.self === b.self && m.fn === b.fn;
};
boundMethodType.hash = (v) => {
  const m = v as PyBoundMethod;
  return (identityOf(m.self) ^ identityOf(m.fn)) & 0x3fffffff;
};
boundMethodType.getAttr = (v, name) => {
  const fn = (v as PyBoundMethod).fn;
  const ft = typeOf(fn);
  return ft.getAttr !== undefined ? ft.getAttr(fn, name) : undefined;
};
