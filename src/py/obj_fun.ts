// Bytecode functions, closure cells and generator objects (py/objfun.c, py/objgenerator.c,
// py/objclosure.c, py/objcell.c). Running them is the VM's job: it installs `funHooks`.
import { defineType, isSubtype, type Kw, PyObject, PyType, type PyValue } from "./obj.ts";
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
} from "./obj_exception.ts";
import { call, identityHash, PyBoundMethod } from "./runtime.ts";
import type { Code } from "./vm_prelude.ts";
import type { Frame } from "./vm_frame.ts";

/** A closure cell (py/objcell.c); `value` undefined = empty. */
export class PyCell extends PyObject {
  constructor(public value: PyValue | undefined) {
    super(cellType);
  }
}
export const cellType: PyType = defineType({ name: "cell", repr: () => "<cell>" });

/** A Python function made by MAKE_FUNCTION/MAKE_CLOSURE. */
export class PyFunction extends PyObject {
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
    super(code.isGenerator ? genFunctionType : functionType);
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

function funAttr(self: PyValue, name: string): PyValue | undefined {
  const f = self as PyFunction;
  if (name === "__name__") return f.code.name;
  if (name === "__globals__") return f.globals;
  return undefined;
}

// A function looked up on an instance binds to it (descriptor protocol).
const bindFun = (descr: PyValue, obj: PyValue | undefined) =>
  obj === undefined ? descr : new PyBoundMethod(obj, descr);

export const functionType: PyType = defineType({
  name: "function",
  repr: (self) => `<function ${(self as PyFunction).code.name} at 0x${hex(self as PyObject)}>`,
  call: (self, args, kw) => funHooks.call(self as PyFunction, args, kw),
  getAttr: funAttr,
  descrGet: bindFun,
  isMethodLike: true,
});

/** Type of a generator function (MicroPython's gen_wrap, also named "generator"). */
export const genFunctionType: PyType = defineType({
  name: "generator",
  repr: () => "<generator>",
  call: (self, args, kw) => funHooks.makeGenerator(self as PyFunction, args, kw),
  getAttr: funAttr,
  descrGet: bindFun,
  isMethodLike: true,
});

/** A generator (or coroutine) instance: a suspended frame. */
export class PyGenerator extends PyObject {
  /** True once it returned or raised; the frame is then dropped. */
  finished = false;
  /** True while its frame is executing (re-entry is an error). */
  running = false;
  /** Set when the last resume returned (the StopIteration value). */
  constructor(public frame: Frame, public fun: PyFunction) {
    super(generatorType);
  }
}

/** The preallocated GeneratorExit that close() throws (gets no traceback entries). */
export const GENERATOR_EXIT: PyBaseException = newException(GeneratorExit);

/** The value carried by the last generator return seen by iterNext (MicroPython keeps it for
 * `yield from`; native consumers only see exhaustion). */
export const genState = { stopValue: null as PyValue };

function resumeOrRaise(g: PyGenerator, send: PyValue, exc: PyValue | undefined): PyValue {
  if (g.finished) return raise(StopIteration);
  const v = funHooks.resume(g, send, exc);
  if (g.finished) {
    if (v === null) return raise(StopIteration);
    return raise(StopIteration, v);
  }
  return v;
}

function genClose(g: PyGenerator): PyValue {
  if (g.finished) return null;
  try {
    funHooks.resume(g, null, GENERATOR_EXIT);
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
  name: "generator",
  repr: (self) => {
    const g = self as PyGenerator;
    return `<generator object '${g.fun.code.name}' at ${hex(g)}>`;
  },
  getIter: (self) => self,
  iterNext: (self) => {
    const g = self as PyGenerator;
    if (g.finished) return undefined;
    const v = funHooks.resume(g, null, undefined);
    if (g.finished) {
      genState.stopValue = v;
      return undefined;
    }
    return v;
  },
  methods: [
    ["send", (a) => resumeOrRaise(a[0] as PyGenerator, a[1], undefined), 2, 2],
    [
      "throw",
      (a) => {
        const exc = a.length > 2 && a[2] !== null ? a[2] : a[1];
        return resumeOrRaise(a[0] as PyGenerator, null, exc);
      },
      2,
      4,
    ],
    ["close", (a) => genClose(a[0] as PyGenerator), 1, 1],
    ["__next__", (a) => resumeOrRaise(a[0] as PyGenerator, null, undefined), 1, 1],
    [
      "pend_throw",
      () => raise(TypeError, "pend_throw not supported"),
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
