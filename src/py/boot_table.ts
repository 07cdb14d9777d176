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
import { makeStructModule } from "../extmod/mod_struct.ts";
import { makeReModule } from "../extmod/mod_re.ts";
import { makeTimeModule } from "../extmod/mod_time.ts";
import { makeRandomModule } from "../extmod/mod_random.ts";
import { makeHeapqModule } from "../extmod/mod_heapq.ts";
import { makeBinasciiModule } from "../extmod/mod_binascii.ts";
import { makeHashlibModule } from "../extmod/mod_hashlib.ts";
import { makeCryptolibModule } from "../extmod/mod_cryptolib.ts";
import { makePlatformModule } from "../extmod/mod_platform.ts";
import { makeSelectModule } from "../extmod/mod_select.ts";
import { makeMachineModule } from "../extmod/mod_machine.ts";
import { makeTermiosModule } from "../extmod/mod_termios.ts";
import { makeOsModule, makeVfsModule } from "../extmod/mod_vfs.ts";
import { makeJsonModule } from "../extmod/mod_json.ts";
import { makeDeflateModule } from "../extmod/mod_deflate.ts";
import { makeFramebufModule } from "../extmod/mod_framebuf.ts";
import { makeUctypesModule } from "../extmod/mod_uctypes.ts";
import { frozenSources } from "../generated/frozen_sources.ts";
import { makeThreadModule } from "./mod_thread.ts";

/** Built-in modules of the core, by import name. */
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
  ["struct", makeStructModule],
  ["re", makeReModule],
  ["time", makeTimeModule],
  ["random", makeRandomModule],
  ["heapq", makeHeapqModule],
  ["binascii", makeBinasciiModule],
  ["hashlib", makeHashlibModule],
  ["cryptolib", makeCryptolibModule],
  ["platform", makePlatformModule],
  ["select", makeSelectModule],
  ["machine", makeMachineModule],
  ["termios", makeTermiosModule],
  ["os", makeOsModule],
  ["vfs", makeVfsModule],
  ["json", makeJsonModule],
  ["deflate", makeDeflateModule],
  ["framebuf", makeFramebufModule],
  ["uctypes", makeUctypesModule],
  ["_thread", makeThreadModule],
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
 * src/pylib/ (embedded by scripts/gen_frozen.ts). */
export const FROZEN: ReadonlyMap<string, FrozenModule> = new Map(
  Object.entries(frozenSources).map(([path, source]) => {
    const parts = path.replace(/\.py$/, "").split("/");
    const isPackage = parts[parts.length - 1] === "__init__";
    if (isPackage) parts.pop();
    return [parts.join("."), { code: source, isPackage, optLevel: parts[0] === "asyncio" ? 3 : 0 }];
  }),
);
