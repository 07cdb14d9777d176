// What every interpreter starts with, in one place (MicroPython's generated module table and
// mp_module_builtins_globals): the built-in modules by name, the builtins namespace, and the
// frozen Python packages. A port adds its host-backed modules (e.g. socket) when it creates an
// interpreter; nothing registers itself by being imported.
import type { PyValue } from "./obj.ts";
import { PyDict } from "./obj_dict.ts";
import { makeBuiltinsModule, PyModule } from "./obj_module.ts";
import type { CompiledModule } from "./raw_code.ts";
import { type ModuleFactory, state } from "./interp_state.ts";
import { builtinRows } from "./builtins.ts";
import { vmBuiltins } from "./vm_builtins.ts";
import { makeSysModule } from "./mod_sys.ts";
import { makeErrnoModule } from "./mod_errno.ts";
import { makeGcModule } from "./mod_gc.ts";
import { makeMicropythonModule } from "./mod_micropython.ts";
import { makeCollectionsModule } from "./mod_collections.ts";
import { makeIoModule } from "./mod_io.ts";
import { makeArrayModule } from "./obj_array.ts";
import { makeMathModule } from "./mod_math.ts";
import { makeCmathModule } from "./mod_cmath.ts";
import { makeTimeModule } from "../extmod/mod_time.ts";
import { type LazyPart, onPartLoaded } from "./lazy_modules.ts";

/** The core's modules that load on demand (src/extmod/extras.ts), and the frozen packages. */
export const LAZY_CORE: LazyPart = {
  names: [
    "struct",
    "re",
    "random",
    "heapq",
    "binascii",
    "hashlib",
    "cryptolib",
    "platform",
    "select",
    "machine",
    "termios",
    "os",
    "vfs",
    "json",
    "deflate",
    "framebuf",
    "uctypes",
    "_thread",
  ],
  load: () => import("../extmod/extras.ts").then((m) => m.CORE_EXTRAS),
};

/** Built-in modules of the core, by import name (the lazily loaded ones through LAZY_CORE). */
export const BUILTIN_MODULES: ReadonlyMap<string, ModuleFactory> = new Map<string, ModuleFactory>([
  // `import builtins` shares the dict that name lookups fall back to.
  ["builtins", () => makeBuiltinsModule(state.builtins)],
  ["__main__", () => new PyModule(state.mainGlobals ??= new PyDict())], // the running program
  ["sys", makeSysModule],
  ["errno", makeErrnoModule],
  ["gc", makeGcModule],
  ["micropython", makeMicropythonModule],
  ["collections", makeCollectionsModule],
  ["io", makeIoModule],
  ["array", makeArrayModule],
  ["math", makeMathModule],
  ["cmath", makeCmathModule],
  ["time", makeTimeModule],
]);

/** A fresh builtins namespace: the core rows, then the VM's (its `next` replaces the plain one,
 * keeping the plain one's place in the dict). */
export function newBuiltinsDict(): PyDict {
  const d = new PyDict();
  for (const rows of [builtinRows, vmBuiltins]) {
    for (const [name, v] of rows as readonly [string, PyValue][]) d.set(name, v);
  }
  return d;
}

/** A frozen module: Python source compiled on first import, or ready compiled code. */
export interface FrozenModule {
  code: string | CompiledModule;
  isPackage: boolean;
  /** The optimisation level it was frozen with: the unix port freezes asyncio with opt=3 (no
   * line numbers: its frames report line 1); upy's own library keeps them, as mip's .mpy do. */
  optLevel: number;
}

/** Frozen modules by dotted name, found at the ".frozen" sys.path entry: the asyncio package and
 * src/pylib/ (embedded by scripts/gen_frozen.ts). They arrive with LAZY_CORE: a program that
 * can import one has it loaded first (lazy_modules.ts mayNeedLazyModules). */
export const FROZEN: Map<string, FrozenModule> = new Map();

onPartLoaded((part) => {
  for (const [path, source] of Object.entries(part.frozen ?? {})) {
    const parts = path.replace(/\.py$/, "").split("/");
    const isPackage = parts[parts.length - 1] === "__init__";
    if (isPackage) parts.pop();
    const optLevel = parts[0] === "asyncio" ? 3 : 0;
    FROZEN.set(parts.join("."), { code: source, isPackage, optLevel });
  }
});
