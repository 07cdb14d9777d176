// Built-in modules for import (py/objmodule.c mp_module_get_builtin): each interpreter makes a
// built-in module once and keeps it outside sys.modules, as MicroPython's are static objects
// that never appear there. Some are "extensible": a file of the same name on sys.path shadows
// them, and that file reaches the built-in one by importing with sys.path emptied.
import { makeModule, type PyModule } from "./obj_module.ts";
import { type InterpState, state } from "./interp_state.ts";
import type { PyValue } from "./obj.ts";
import { toArray } from "./runtime.ts";

/** The modules MicroPython 1.27 registers with MP_REGISTER_EXTENSIBLE_MODULE (checked against
 * the unix port: a NAME.py beside the script wins for exactly these). */
export const EXTENSIBLE_MODULES: ReadonlySet<string> = new Set([
  "array",
  "binascii",
  "bluetooth",
  "collections",
  "cryptolib",
  "errno",
  "hashlib",
  "heapq",
  "io",
  "json",
  "machine",
  "os",
  "platform",
  "random",
  "re",
  "select",
  "socket",
  "ssl",
  "struct",
  "time",
  "websocket",
]);

/** Old u-prefixed names that still reach a built-in directly (`import utime`), ahead of any
 * file: every extensible module's, and `usys`. */
function unprefixed(name: string): string | undefined {
  if (!name.startsWith("u")) return undefined;
  const rest = name.slice(1);
  return EXTENSIBLE_MODULES.has(rest) || rest === "sys" ? rest : undefined;
}

const made = new WeakMap<InterpState, Map<string, PyModule>>();

function builtinNamed(name: string): PyModule | undefined {
  const st = state;
  let cache = made.get(st);
  if (cache === undefined) made.set(st, cache = new Map());
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const factory = st.moduleTable.get(name);
  if (factory === undefined) return undefined;
  const r = factory();
  const mod = Array.isArray(r) ? makeModule(name, r) : r;
  cache.set(name, mod);
  return mod;
}

/** A built-in that no file can shadow (`extensible` false: sys, gc, math, the u-names...), or
 * one of the extensible ones (asked for after sys.path found nothing). */
export function builtinModule(name: string, extensible: boolean): PyModule | undefined {
  if (extensible) return EXTENSIBLE_MODULES.has(name) ? builtinNamed(name) : undefined;
  if (!EXTENSIBLE_MODULES.has(name)) {
    const mod = builtinNamed(name);
    if (mod !== undefined) return mod;
  }
  const alias = unprefixed(name);
  return alias === undefined ? undefined : builtinNamed(alias);
}

/** sys.path as it is now: the sys module's attribute, which a program may rebind (`sys.path =
 * ()` to reach a built-in from the file that extends it). */
export function currentSysPath(): PyValue[] {
  const sys = made.get(state)?.get("sys");
  const p = sys?.attr("path");
  return p === undefined ? state.path.items : toArray(p);
}
