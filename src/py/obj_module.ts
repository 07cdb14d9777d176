// Module objects: a name and a globals dict; attribute access reads and writes the dict
// (py/objmodule.c).
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";
import { PyDict } from "./obj_dict.ts";
import { AttributeError, KeyError, raise } from "./obj_exception.ts";

export class PyModule extends PyObject {
  /** For a built-in module (a ROM table in MicroPython): the only names a program may store or
   * delete; any other store raises AttributeError. Undefined: a writable module. */
  writable: ReadonlySet<string> | undefined;
  constructor(public globals: PyDict) {
    super(moduleType);
    this.writable = undefined;
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
    if (name === "__dict__") return g;
    return g.get(name);
  },
  setAttr: (self, name, value) => {
    const m = self as PyModule;
    if (m.writable !== undefined && !m.writable.has(name)) {
      return raise(AttributeError, `'module' object has no attribute '${name}'`);
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

/** A read-only built-in module from rows of [name, value] (the built-in modules' factories). */
export function makeModule(name: string, members: [string, PyValue][]): PyModule {
  const g = new PyDict(undefined, members.length + 1);
  g.set("__name__", name);
  for (const [k, v] of members) g.set(k, v);
  const m = new PyModule(g);
  m.writable = WRITABLE_BUILTIN_ATTRS[name] ?? NONE_WRITABLE;
  return m;
}
