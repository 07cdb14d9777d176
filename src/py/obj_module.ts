// Module objects: a name and a globals dict; attribute access reads and writes the dict
// (py/objmodule.c).
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";
import { PyDict } from "./obj_dict.ts";
import { AttributeError, KeyError, raise } from "./obj_exception.ts";
import { moduleMemberOrder } from "./module_order.ts";

/** Calls into Python, installed by the class code (this file sits below the runtime). */
export const moduleHooks = {
  call: (_fn: PyValue, _args: PyValue[]): PyValue => null,
};

export class PyModule extends PyObject {
  /** For a built-in module (a ROM table in MicroPython): the only names a program may store or
   * delete; any other store raises AttributeError. Undefined: a writable module. */
  writable: ReadonlySet<string> | undefined;
  /** Attributes kept outside the dict (sys.path, sys.ps1, sys.ps2: MicroPython holds them in
   * its state, MICROPY_PY_SYS_ATTR_DELEGATION): `m.x` and dir() see them, `m.__dict__` and
   * `from m import *` do not. */
  delegated: Map<string, PyValue> | undefined;
  /** Attributes that no listing shows (HIDDEN_BUILTIN_ATTRS). */
  hidden: Map<string, PyValue> | undefined;
  constructor(public globals: PyDict) {
    super(moduleType);
    this.writable = undefined;
    this.delegated = undefined;
    this.hidden = undefined;
  }

  /** An attribute from the dict or the delegated ones. */
  attr(name: string): PyValue | undefined {
    const v = this.globals.get(name); // (None is null: only undefined means absent)
    return v !== undefined ? v : this.delegated?.get(name);
  }
  get name(): string {
    const n = this.globals.get("__name__");
    return typeof n === "string" ? n : "?";
  }
}

export const moduleType: PyType = defineType({
  name: "module",
  repr: (self) => {
    const m = self as PyModule;
    const file = m.globals.get("__file__");
    return typeof file === "string"
      ? `<module '${m.name}' from '${file}'>`
      : `<module '${m.name}'>`;
  },
  getAttr: (self, name) => {
    const g = (self as PyModule).globals;
    // (None is null: only undefined means absent)
    const own = (self as PyModule).attr(name);
    const v = own !== undefined ? own : (self as PyModule).hidden?.get(name);
    if (v !== undefined) return v;
    if (name === "__dict__") return g;
    // A module-level __getattr__ answers for missing names (MICROPY_MODULE_GETATTR).
    const fallback = name !== "__getattr__" ? g.get("__getattr__") : undefined;
    return fallback !== undefined ? moduleHooks.call(fallback, [name]) : undefined;
  },
  setAttr: (self, name, value) => {
    const m = self as PyModule;
    const o = builtinsOverrides.get(m.globals);
    if (o !== undefined) return overrideBuiltin(o, name, value);
    if (m.writable !== undefined && !m.writable.has(name)) {
      return raise(AttributeError, `'module' object has no attribute '${name}'`);
    }
    if (m.delegated !== undefined && m.writable?.has(name)) {
      if (value === undefined) m.delegated.delete(name);
      else m.delegated.set(name, value);
      return true;
    }
    if (value === undefined) {
      if (m.globals.delete(name) === undefined) raise(KeyError, name);
    } else m.globals.set(name, value);
    return true;
  },
});

/** What a program may rebind on built-in modules: sys's attributes that MicroPython keeps in
 * its state (MICROPY_PY_SYS_ATTR_DELEGATION); the rest of a built-in module is read-only. */
const WRITABLE_BUILTIN_ATTRS: Readonly<Record<string, ReadonlySet<string>>> = {
  sys: new Set(["path", "ps1", "ps2"]),
};
const NONE_WRITABLE: ReadonlySet<string> = new Set();
/** upy's own members of MicroPython's modules: reachable as attributes, but not in the module's
 * dict, so dir() and help() list what MicroPython's do. */
const HIDDEN_BUILTIN_ATTRS: Readonly<Record<string, ReadonlySet<string>>> = {
  micropython: new Set(["jit"]),
};

/** `members` with the names MicroPython's table lists first, in its order. */
function inRomOrder(name: string, members: [string, PyValue][]): [string, PyValue][] {
  const order = moduleMemberOrder(name);
  if (order === undefined) return members;
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  return members.slice().sort((a, b) => rank(a[0]) - rank(b[0]));
}

/** A read-only built-in module from rows of [name, value] (the built-in modules' factories). */
export function makeModule(name: string, members: [string, PyValue][]): PyModule {
  // A ROM table in MicroPython: iterated in declaration order, like an ordered dict.
  const g = new PyDict(undefined, 0, true);
  g.set("__name__", name);
  const writable = WRITABLE_BUILTIN_ATTRS[name] ?? NONE_WRITABLE;
  const hiddenNames = HIDDEN_BUILTIN_ATTRS[name] ?? NONE_WRITABLE;
  const delegated = new Map<string, PyValue>();
  const hidden = new Map<string, PyValue>();
  for (const [k, v] of inRomOrder(name, members)) {
    if (hiddenNames.has(k)) hidden.set(k, v);
    else if (writable.has(k)) delegated.set(k, v);
    else g.set(k, v);
  }
  g.fixed = true;
  const m = new PyModule(g);
  m.writable = writable;
  if (delegated.size > 0) m.delegated = delegated;
  if (hidden.size > 0) m.hidden = hidden;
  return m;
}

// The builtins module (MICROPY_CAN_OVERRIDE_BUILTINS): its dict is the table of built-in names,
// read-only; storing an attribute overrides the name for lookups (the dict name lookups fall
// back to), deleting it ends the override. `builtins.x` and `builtins.__dict__` see the table.
interface BuiltinsOverride {
  /** The dict LOAD_NAME/LOAD_GLOBAL fall back to. */
  lookup: PyDict;
  /** The built-in names as they were. */
  table: PyDict;
  overridden: Set<string>;
}
const builtinsOverrides = new WeakMap<PyDict, BuiltinsOverride>();
const overridesByLookup = new WeakMap<PyDict, BuiltinsOverride>();

/** `import builtins` over the dict that name lookups fall back to. */
export function makeBuiltinsModule(lookup: PyDict): PyModule {
  let o = overridesByLookup.get(lookup);
  if (o === undefined) {
    const table = new PyDict();
    for (const [k, v] of lookup.entries()) table.set(k, v);
    table.fixed = true;
    o = { lookup, table, overridden: new Set() };
    overridesByLookup.set(lookup, o);
    builtinsOverrides.set(table, o);
  }
  return new PyModule(o.table);
}

function overrideBuiltin(o: BuiltinsOverride, name: string, value: PyValue | undefined): boolean {
  if (value !== undefined) {
    o.lookup.set(name, value);
    o.overridden.add(name);
    return true;
  }
  if (!o.overridden.delete(name)) raise(KeyError, name);
  const original = o.table.get(name);
  if (original !== undefined) o.lookup.set(name, original);
  else o.lookup.delete(name);
  return true;
}

/** A builtin a program replaced through the builtins module (`builtins.__import__ = f`). */
export function overriddenBuiltin(lookup: PyDict, name: string): PyValue | undefined {
  const o = overridesByLookup.get(lookup);
  return o !== undefined && o.overridden.has(name) ? o.lookup.get(name) : undefined;
}
