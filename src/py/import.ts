// The import system (py/builtinimport.c): sys.modules, built-in modules, frozen modules, and
// `name.py` / `name/__init__.py` found along sys.path. Files come from the running
// interpreter's host; compiling and .mpy loading go through hooks (runtime_init.ts wires them).
import { type PyValue, typeOf } from "./obj.ts";
import { PyDict } from "./obj_dict.ts";
import { ImportError, KeyError, newException, raise, TypeError } from "./obj_exception.ts";
import { PyList } from "./obj_list.ts";
import { PyModule } from "./obj_module.ts";
import { PyTuple } from "./obj_tuple.ts";
import { state } from "./interp_state.ts";
import type { CompiledModule } from "./raw_code.ts";
import { getAttr, lookupAttr, toArray, truthy } from "./runtime.ts";
import { newModuleGlobals, runCompiledModule, runCompiledModuleSync } from "./vm.ts";
import { FROZEN, type FrozenModule } from "./boot_table.ts";
import { compilingFrozenCode } from "./qstr_order.ts";
import { builtinModule, currentSysPath } from "./import_builtin.ts";

/** Compiles Python source; the lead wires it to the compiler. `frozenOpt`: frozen code, compiled
 * as mpy-cross froze it into the firmware (bytecode at that opt level), whatever the running
 * interpreter's -X emit / -O. */
export const compilerHook = {
  compile: (_source: string, _file: string, _frozenOpt?: number): CompiledModule => {
    throw raise(ImportError, "no compiler available");
  },
};

/** How import reads files: the host's file system, or (extmod/vfs.ts sets it) the mount table
 * when something other than the host's root is mounted. */
export const importFiles = {
  readFile: (path: string): Uint8Array | undefined => state.host.readFile(path),
  isDir: (path: string): boolean | undefined => state.host.isDir?.(path),
};

/** Loads a .mpy file's bytes (wired to src/mpy/reader.ts); undefined = .mpy not supported. */
export const mpyHook = {
  read: undefined as ((bytes: Uint8Array, file: string) => CompiledModule) | undefined,
};

const dec = new TextDecoder();

function newModule(name: string): PyModule {
  const g = new PyDict();
  g.set("__name__", name);
  return new PyModule(g);
}

/** Run module code in a fresh module registered in sys.modules under `name`. */
function execModule(
  name: string,
  cm: CompiledModule,
  file: string | undefined,
  pkgPath: string | undefined,
): PyModule {
  const mod = newModule(name);
  const g = mod.globals;
  if (file !== undefined) g.set("__file__", file);
  if (pkgPath !== undefined) g.set("__path__", pkgPath);
  state.modules.set(name, mod);
  try {
    runCompiledModuleSync(cm, g);
  } catch (e) {
    state.modules.delete(name);
    throw e;
  }
  return mod;
}

function compileFile(path: string, data: Uint8Array): CompiledModule {
  if (path.endsWith(".mpy")) return mpyHook.read!(data, path);
  return compilerHook.compile(dec.decode(data), path);
}

/** Frozen source compiled once per process and shared by every interpreter, as MicroPython
 * freezes modules once at build time (compiled code is never modified). */
const frozenCompiled = new Map<string, CompiledModule>();

function frozenCode(name: string, fz: FrozenModule, file: string): CompiledModule {
  if (typeof fz.code !== "string") return fz.code;
  let cm = frozenCompiled.get(name);
  if (cm === undefined) {
    const source = fz.code;
    cm = compilingFrozenCode(() => compilerHook.compile(source, file, fz.optLevel));
    frozenCompiled.set(name, cm);
  }
  return cm;
}

function join(dir: string, name: string): string {
  if (dir === "") return name;
  return dir.endsWith("/") ? dir + name : dir + "/" + name;
}

interface Found {
  /** undefined for a namespace package (a directory without __init__). */
  cm: CompiledModule | undefined;
  file: string;
  pkgPath: string | undefined;
}

/** Find module `leaf` (full dotted name `full`) in the directories `dirs` and compile it. */
function locate(full: string, leaf: string, dirs: string[]): Found | undefined {
  for (const dir of dirs) {
    if (dir === ".frozen") {
      const fz = FROZEN.get(full);
      if (fz !== undefined) {
        const rel = full.replace(/\./g, "/");
        // As MicroPython's frozen code names itself (tracebacks, __file__): no ".frozen/".
        const file = rel + (fz.isPackage ? "/__init__.py" : ".py");
        const cm = frozenCode(full, fz, file);
        return { cm, file, pkgPath: fz.isPackage ? ".frozen/" + rel : undefined };
      }
      continue;
    }
    // Per directory, as py/builtinimport.c stat_module: the package directory `leaf` (its
    // __init__.py, else __init__.mpy, else a namespace package), then leaf.py, then leaf.mpy.
    const base = join(dir, leaf);
    const isDir = importFiles.isDir(base);
    const pkg = isDir !== false ? probe(base + "/__init__") : undefined;
    if (pkg !== undefined) return { ...pkg, pkgPath: base };
    if (isDir === true) return { cm: undefined, file: "", pkgPath: base };
    const mod = probe(base);
    if (mod !== undefined) return { ...mod, pkgPath: undefined };
  }
  return undefined;
}

/** `stem.py`, else `stem.mpy` (when .mpy loading is wired), compiled. */
function probe(stem: string): { cm: CompiledModule; file: string } | undefined {
  for (const suffix of mpyHook.read !== undefined ? [".py", ".mpy"] : [".py"]) {
    const path = stem + suffix;
    const data = importFiles.readFile(path);
    if (data !== undefined) return { cm: compileFile(path, data), file: path };
  }
  return undefined;
}

function findAndLoad(full: string, leaf: string, dirs: string[]): PyModule | undefined {
  const found = locate(full, leaf, dirs);
  if (found === undefined) return undefined;
  if (found.cm === undefined) {
    // Namespace package: nothing to run.
    const mod = newModule(full);
    mod.globals.set("__path__", found.pkgPath!);
    state.modules.set(full, mod);
    return mod;
  }
  return execModule(full, found.cm, found.file, found.pkgPath);
}

function searchPath(): string[] {
  return currentSysPath().filter((p): p is string => typeof p === "string");
}

/** Import one dotted component; `parent` is the already imported parent package. In
 * py/builtinimport.c's order: sys.modules (passed over while sys.path is empty, which asks for
 * a built-in), the built-ins no file can shadow, sys.path, then the extensible built-ins. */
function importOne(full: string, leaf: string, parent: PyModule | undefined): PyModule {
  const path = currentSysPath();
  const dirs = path.filter((p): p is string => typeof p === "string");
  if (path.length > 0) {
    const cached = state.modules.get(full);
    if (cached !== undefined) return cached as PyModule;
  }
  let mod: PyModule | undefined;
  if (parent === undefined) {
    mod = builtinModule(full, false) ?? findAndLoad(full, leaf, dirs) ??
      builtinModule(full, true);
  } else {
    const p = parent.globals.get("__path__");
    // Submodules of a frozen package come from the frozen table, not the file system.
    const inFrozen = p === null || (typeof p === "string" && p.startsWith(".frozen/"));
    if (inFrozen && FROZEN.has(full)) mod = findAndLoad(full, leaf, [".frozen"]);
    else if (typeof p === "string") mod = findAndLoad(full, leaf, [p]);
  }
  if (mod === undefined) raise(ImportError, `no module named '${full}'`);
  if (parent !== undefined) parent.globals.set(leaf, mod);
  return mod;
}

/** Resolve a relative import against the importing module's globals. */
function resolveRelative(name: string, level: number, globals: PyDict): string {
  let cur = globals.get("__name__");
  if (cur === "__main__") {
    // A module run by -m keeps its real name in the global __main__ (builtinimport.c); a
    // script has none, which MicroPython reports as the failed lookup.
    cur = globals.get("__main__");
    if (cur === undefined) throw newException(KeyError, "__main__");
    if (typeof cur !== "string") {
      raise(TypeError, `can't convert '${typeOf(cur).name}' object to str implicitly`);
    }
  }
  if (typeof cur !== "string") raise(ImportError, "can't perform relative import");
  let parts = cur.split(".");
  // A module (not a package) is relative to its parent package.
  if (globals.get("__path__") === undefined) parts = parts.slice(0, -1);
  if (level - 1 >= parts.length) {
    raise(ImportError, "can't perform relative import");
  }
  parts = parts.slice(0, parts.length - (level - 1));
  const pkg = parts.join(".");
  return name === "" ? pkg : pkg + "." + name;
}

/** IMPORT_NAME / __import__: returns the top package, or the leaf when fromlist is given. */
export function importName(
  name: string,
  fromlist: PyValue,
  level: number,
  globals: PyDict | undefined,
): PyModule {
  const full = level > 0 && globals !== undefined ? resolveRelative(name, level, globals) : name;
  if (full === "") raise(ImportError, "no module named ''");
  const parts = full.split(".");
  let top: PyModule | undefined;
  let mod: PyModule | undefined;
  let dotted = "";
  for (const leaf of parts) {
    dotted = dotted === "" ? leaf : dotted + "." + leaf;
    mod = importOne(dotted, leaf, mod);
    if (top === undefined) top = mod;
  }
  const wantLeaf = level > 0 ||
    (fromlist !== null && fromlist !== undefined &&
      (fromlist instanceof PyTuple || fromlist instanceof PyList
        ? fromlist.items.length > 0
        : truthy(fromlist)));
  return wantLeaf ? mod! : top!;
}

/** IMPORT_FROM: module.name, importing a submodule of a package if needed. */
export function importFrom(module: PyValue, name: string): PyValue {
  const v = lookupAttr(module, name);
  if (v !== undefined) return v;
  // A package: import the submodule, letting its errors through (py/runtime.c mp_import_from).
  if (module instanceof PyModule && module.globals.get("__path__") !== undefined) {
    return importName(module.name + "." + name, true, 0, undefined);
  }
  return raise(ImportError, `can't import name ${name}`);
}

/** IMPORT_STAR: copy the module's public names into `dest`. */
export function importStar(module: PyValue, dest: PyDict): void {
  if (!(module instanceof PyModule)) return;
  const all = module.globals.get("__all__");
  if (all !== undefined) {
    // With __all__, exactly those names are loaded (as attributes, so missing ones raise).
    for (const name of toArray(all)) {
      const k = String(name);
      dest.set(k, getAttr(module, k));
    }
    return;
  }
  for (const [k, v] of module.globals.entries()) {
    if (typeof k === "string" && k[0] !== "_") dest.set(k, v);
  }
}

/** Where `name`'s last component is found: sys.path, or its parent package's __path__ (the
 * frozen table for a frozen package's submodules). */
function dirsFor(name: string): string[] {
  const dot = name.lastIndexOf(".");
  if (dot < 0) return searchPath();
  const parent = importName(name.slice(0, dot), true, 0, undefined);
  const p = parent.globals.get("__path__");
  if (typeof p !== "string") return [];
  return p.startsWith(".frozen/") && FROZEN.has(name) ? [".frozen"] : [p];
}

/** `micropython -m name`: run the module found for `name` as __main__ on the async loop. A
 * package runs its `__main__` submodule after being imported under its own name, as
 * ports/unix/main.c does; the module run is in sys.modules as both names. */
export async function importModuleAsMain(name: string): Promise<void> {
  const leaf = (n: string) => n.slice(n.lastIndexOf(".") + 1);
  let found = locate(name, leaf(name), dirsFor(name));
  if (found !== undefined && found.pkgPath !== undefined) {
    importName(name, true, 0, undefined);
    name += ".__main__";
    found = locate(name, "__main__", dirsFor(name));
  }
  if (found === undefined || found.cm === undefined) {
    raise(ImportError, `no module named '${name}'`);
  }
  const g = newModuleGlobals("__main__", found.file);
  g.set("__main__", name);
  const mod = new PyModule(g);
  state.modules.set("__main__", mod);
  state.modules.set(name, mod);
  await runCompiledModule(found.cm, g);
}
