// Built-in modules whose code loads on demand (start-up: `print(1)` should not read, compile and
// evaluate json, re, the file systems, the Thumb emulator, sockets, frozen asyncio...). A part
// names its modules up front, so the module table lists them from the start; its code arrives
// by a dynamic import that the interpreter awaits before running a program that may import
// one (mayNeedLazyModules), since an import statement itself cannot wait.
import type { ModuleFactory } from "./interp_state.ts";

/** What a lazily loaded part provides. */
export interface LoadedPart {
  modules: readonly (readonly [string, ModuleFactory])[];
  /** Frozen Python sources by path (e.g. "asyncio/core.py"). */
  frozen?: Readonly<Record<string, string>>;
}

/** A part of the runtime loaded on demand. */
export interface LazyPart {
  /** The import names of its modules (checked against the loaded part by a test). */
  readonly names: readonly string[];
  load(): Promise<LoadedPart>;
}

const loaded = new Map<LazyPart, LoadedPart>();
const loading = new Map<LazyPart, Promise<void>>();
/** Called with each part as it arrives (boot_table adds its frozen sources). */
const arrivals: ((part: LoadedPart) => void)[] = [];

export function onPartLoaded(f: (part: LoadedPart) => void): void {
  arrivals.push(f);
  for (const p of loaded.values()) f(p);
}

/** Record a part as loaded (a static import of it, as the library entry point does). */
export function providePart(part: LazyPart, contents: LoadedPart): void {
  if (loaded.has(part)) return;
  loaded.set(part, contents);
  for (const f of arrivals) f(contents);
}

export function loadParts(parts: Iterable<LazyPart>): Promise<void> {
  const waits: Promise<void>[] = [];
  for (const part of parts) {
    if (loaded.has(part)) continue;
    let p = loading.get(part);
    if (p === undefined) {
      p = part.load().then((contents) => providePart(part, contents));
      loading.set(part, p);
    }
    waits.push(p);
  }
  return waits.length === 0 ? Promise.resolve() : Promise.all(waits).then(() => {});
}

/** The factory of a module of `part`, for the module table: it makes the module from the loaded
 * part (Interpreter.prepare has loaded it before any code that can import it runs). */
export function lazyFactory(part: LazyPart, name: string): ModuleFactory {
  return () => {
    const contents = loaded.get(part);
    const entry = contents?.modules.find(([n]) => n === name);
    if (entry === undefined) throw new Error(`module ${name} used before its code was loaded`);
    return entry[1]();
  };
}

/** Imports a program can make without any lazily loaded module: built-ins that no file can
 * shadow (an extensible one like `time` could be a time.py that imports anything), and the
 * u-names, which always reach the built-in. */
const CORE_IMPORTS: ReadonlySet<string> = new Set([
  "builtins",
  "__main__",
  "sys",
  "usys",
  "gc",
  "micropython",
  "math",
  "cmath",
  "uarray",
  "ucollections",
  "uerrno",
  "uio",
  "utime",
]);

/** Words that may reach a module without an import statement, or machine code (which runs in
 * the lazily loaded emulator). */
const INDIRECT = /__import__|\bexec\b|\beval\b|\bcompile\b|\bpath\b|native|viper|asm_thumb/;
const IMPORT_STMT = /\bfrom\s+([\w.]+)\s+import\b|\bimport\s+([^\n;#]*)/g;

/** Might running `source` import a lazily loaded module? Conservative: false only when every
 * import statement names a core module and nothing imports indirectly. */
export function mayNeedLazyModules(source: string): boolean {
  if (INDIRECT.test(source)) return true;
  for (const m of source.matchAll(IMPORT_STMT)) {
    const names = m[1] !== undefined ? [m[1]] : m[2].split(",");
    for (const clause of names) {
      const name = clause.trim().split(/\s/)[0];
      if (!CORE_IMPORTS.has(name)) return true;
    }
  }
  return false;
}

/** The JavaScript tier (src/jit), loaded when a program has something to compile. */
export const JIT_PART: LazyPart = {
  names: [],
  load: () => import("../jit/jit.ts").then(() => ({ modules: [] })),
};

/** Can `source` have a hot function: a def, lambda or loop (not `print(1)`)? A program without
 * one, and without an import that may bring one (prepare()), runs too briefly for compiling to
 * pay. */
export function mayNeedJit(source: string): boolean {
  return /\b(def|lambda|for|while)\b/.test(source);
}
