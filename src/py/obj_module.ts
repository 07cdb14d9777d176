// Module objects: a name and a globals dict; attribute access reads and writes the dict
// (py/objmodule.c).
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";
import { PyDict } from "./obj_dict.ts";

export class PyModule extends PyObject {
  constructor(public globals: PyDict) {
    super(moduleType);
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
    const g = (self as PyModule).globals;
    if (value === undefined) g.delete(name);
    else g.set(name, value);
    return true;
  },
});

/** A module from rows of [name, value] (the built-in modules' factories). */
export function makeModule(name: string, members: [string, PyValue][]): PyModule {
  const g = new PyDict(undefined, members.length + 1);
  g.set("__name__", name);
  for (const [k, v] of members) g.set(k, v);
  return new PyModule(g);
}
