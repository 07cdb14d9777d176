// Built-in modules by name: each is made on first import from its factory's member rows
// (MicroPython's MP_REGISTER_MODULE table).
import type { PyValue } from "./obj.ts";
import { makeModule, type PyModule } from "./obj_module.ts";
import { makeSysModule } from "./mod_sys.ts";
import { makeErrnoModule } from "./mod_errno.ts";
import { makeGcModule } from "./mod_gc.ts";
import { makeMicropythonModule } from "./mod_micropython.ts";
import { makeCollectionsModule } from "./mod_collections.ts";
import { makeIoModule } from "./mod_io.ts";
import { makeArrayModule } from "./obj_array.ts";
import { makeStructModule } from "../extmod/mod_struct.ts";

/** A factory returns member rows, or a ready module object. */
export type ModuleFactory = () => [string, PyValue][] | PyModule;

const factories = new Map<string, ModuleFactory>();

/** Register (or replace) a built-in module. */
export function registerModule(name: string, factory: ModuleFactory): void {
  factories.set(name, factory);
}

/** Is `name` a built-in module? */
export function hasBuiltinModule(name: string): boolean {
  return factories.has(name);
}

/** Names of all registered built-in modules (help('modules')). */
export function builtinModuleNames(): string[] {
  return [...factories.keys()].sort();
}

/** Make the built-in module `name`, or undefined if there is none. The caller caches it in
 * sys.modules. */
export function makeBuiltinModule(name: string): PyModule | undefined {
  const factory = factories.get(name);
  if (factory === undefined) return undefined;
  const r = factory();
  return Array.isArray(r) ? makeModule(name, r) : r;
}

registerModule("sys", makeSysModule);
registerModule("errno", makeErrnoModule);
registerModule("gc", makeGcModule);
registerModule("micropython", makeMicropythonModule);
registerModule("collections", makeCollectionsModule);
registerModule("io", makeIoModule);
registerModule("array", makeArrayModule);
registerModule("struct", makeStructModule);
