// Builtins that need the VM: __build_class__, __import__, globals, locals (py/modbuiltins.c).
import { checkName } from "./qstr_limit.ts";
import { builtin, isSubtype, type Kw, PyType, type PyValue, typeOf } from "./obj.ts";
import { tuple } from "./obj_tuple.ts";
import { PyBytes } from "./obj_bytes.ts";
import { decodeUtf8 } from "./obj_str.ts";
import { PyDict } from "./obj_dict.ts";
import { isException, raise, StopIteration, TypeError, ValueError } from "./obj_exception.ts";
import { call, isCallable } from "./runtime.ts";
import { type NativeScope, state, withNativeLocals } from "./interp_state.ts";
import { funHooks, PyCell, PyFunction, PyGenerator } from "./obj_fun.ts";
import { callSpecialValue, iteratorNextHook, lookupSpecial, makeClass } from "./obj_type.ts";
import { dirHooks } from "./builtins_core.ts";
import { iterBuiltins } from "./builtins_iter.ts";
import { importName } from "./import.ts";
import { callWithLocals, currentFrame } from "./vm.ts";
import { vmEnv } from "./vm_env.ts";

/** __build_class__(body, name, *bases, **kw): run the class body with a fresh namespace, then
 * make the class; a `__class__` cell returned by the body is filled with it. */
function buildClass(args: PyValue[], kw: Kw): PyValue {
  if (args.length < 2) raise(TypeError, "function missing 2 required positional arguments");
  const body = args[0];
  const name = args[1];
  if (!isCallable(body)) return raise(TypeError, "__build_class__ needs a function");
  if (typeof name !== "string") {
    return raise(TypeError, `can't convert '${typeOf(name).name}' object to str implicitly`);
  }
  const locals = new PyDict();
  const cell = body instanceof PyFunction
    ? callWithLocals(body, [], locals)
    : withNativeLocals(locals, () => call(body, []));
  const bases = args.slice(2);
  // The metaclass is the type of the first base (mp_builtin___build_class__): a base that is
  // not a class has it make the "class" (e.g. class X(1) calls int("X", (1,), {...})).
  const cls = bases.length > 0 && !(bases[0] instanceof PyType)
    ? call(typeOf(bases[0]), [name, tuple(bases), locals], kw)
    : makeClass(name, bases as PyType[], locals, kw);
  if (cell instanceof PyCell) cell.value = cls;
  return cls;
}

/** The innermost machine-code scope, when it runs inside the VM's current frame. */
function nativeScope(): NativeScope | undefined {
  const n = state.nativeScope;
  return n !== undefined && n.frame === currentFrame() ? n : undefined;
}

/** mp_globals_get(): the innermost scope's globals (undefined outside any code). */
export function scopeGlobals(): PyDict | undefined {
  return nativeScope()?.globals ?? currentFrame()?.globals;
}

/** mp_locals_get(): a module's or class body's dict; in a function MicroPython has no
 * locals dict and gives the globals. */
export function scopeLocals(): PyDict | undefined {
  const n = nativeScope();
  if (n !== undefined) return state.nativeLocals ?? n.globals;
  const f = currentFrame();
  return f === undefined ? undefined : (f.locals ?? f.globals);
}

function currentGlobals(): PyDict {
  return scopeGlobals() ?? new PyDict();
}

/** __import__(name, globals=None, locals=None, fromlist=(), level=0), positional only, checked
 * as py/builtinimport.c does: a negative level or an empty name is a bare ValueError. */
function importBuiltin(args: PyValue[]): PyValue {
  // The name may be any str-like buffer (mp_obj_str_get_data).
  const name = args[0] instanceof PyBytes ? decodeUtf8(args[0].data) : args[0];
  const globals = args.length > 1 ? args[1] : null;
  const fromlist = args.length > 3 ? args[3] : null;
  const level = args.length > 4 ? args[4] : 0;
  if (typeof level === "number" && level < 0) raise(ValueError);
  if (typeof name !== "string") {
    return raise(TypeError, `can't convert '${typeOf(name).name}' object to str implicitly`);
  }
  checkName(name);
  if (name === "" && level === 0) raise(ValueError);
  const g = globals instanceof PyDict ? globals : currentGlobals();
  return importName(name, fromlist, typeof level === "number" ? level : 0, g);
}

function currentLocals(): PyDict {
  return scopeLocals() ?? new PyDict();
}

// dir() with no argument lists the names of the local namespace, in dict order.
dirHooks.localNames = () => {
  const names: string[] = [];
  for (const [k] of currentLocals().entries()) if (typeof k === "string") names.push(k);
  return names;
};

const buildClassFn = builtin("__build_class__", buildClass, 2, -1, true);
vmEnv.buildClass = buildClassFn;

// next() must see a generator's return value (MicroPython's stop_iteration_arg), which the
// generic iterNext protocol drops; generators are resumed directly here.
const baseNext = iterBuiltins.find(([name]) => name === "next")![1];

function next(args: PyValue[], kw: Kw): PyValue {
  const g = args[0];
  if (g instanceof PyGenerator) {
    if (!g.finished) {
      const v = funHooks.resume(g, null, undefined);
      if (!g.finished) return v;
      if (args.length > 1) return args[1];
      return v === null ? raise(StopIteration) : raise(StopIteration, v);
    }
    if (args.length > 1) return args[1];
    return raise(StopIteration);
  }
  // A user iterator's __next__ is called directly: its exception (a StopIteration subclass,
  // with its value) propagates as it is, as in MicroPython.
  const t = typeOf(g);
  if (t.isUserClass) {
    const f = lookupSpecial(t, "__next__");
    if (f !== undefined) {
      if (args.length < 2) return callSpecialValue(f, t, g, []);
      try {
        return callSpecialValue(f, t, g, []);
      } catch (e) {
        if (isException(e) && isSubtype(e.type, StopIteration)) return args[1];
        throw e;
      }
    }
  }
  // Other generators (machine code) leave their return value in stopIterationArg.
  vmEnv.stopIterationArg = null;
  try {
    return call(baseNext, args, kw);
  } catch (e) {
    const v = vmEnv.stopIterationArg;
    vmEnv.stopIterationArg = null;
    if (v === null || !isException(e) || e.type !== StopIteration || e.args.items.length > 0) {
      throw e;
    }
    return raise(StopIteration, v);
  }
}

const vmNext = builtin("next", next, 1, 2);
// `it.__next__` is this next bound to the iterator (py/runtime.c mp_load_method_maybe).
iteratorNextHook.next = vmNext;

/** Rows merged into the builtins namespace after the others (boot_table.ts); `next` replaces
 * the plain one. */
export const vmBuiltins: [string, PyValue][] = [
  ["__build_class__", buildClassFn],
  ["__import__", builtin("__import__", importBuiltin, 1, 5)],
  ["globals", builtin("globals", () => currentGlobals(), 0, 0)],
  ["locals", builtin("locals", currentLocals, 0, 0)],
  ["next", vmNext],
];
