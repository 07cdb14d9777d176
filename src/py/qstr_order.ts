// The order MicroPython interns qstrs in, which dir() lists names by (py/modbuiltins.c dir
// probes every qstr in pool order): the static pool, then the frozen modules' pool, then the
// names the parser meets at run time in source order (identifiers, and str/bytes literals of at
// most 10 bytes). The lexer notes them here; frozen source notes into a pool of its own, shared
// by every interpreter as the firmware's is.
import { type InterpState, state } from "./interp_state.ts";

const frozenPool = new Map<string, number>();
const runtimePools = new WeakMap<InterpState, Map<string, number>>();
let compilingFrozen = false;

const utf8 = new TextEncoder();

/** The running interpreter's pool; none while compiling outside one (upy cross). */
function runtimePool(): Map<string, number> | undefined {
  if (typeof state !== "object" || state === null) return undefined;
  let pool = runtimePools.get(state);
  if (pool === undefined) runtimePools.set(state, pool = new Map());
  return pool;
}

/** An identifier met by the lexer. */
export function noteName(s: string): void {
  const pool = compilingFrozen ? frozenPool : runtimePool();
  if (pool !== undefined && !pool.has(s)) pool.set(s, pool.size);
}

/** A str (or bytes, one char per byte) literal: interned when at most 10 bytes long. */
export function noteLiteral(s: string, isBytes: boolean): void {
  if (s.length > 10 || (!isBytes && utf8.encode(s).length > 10)) return;
  noteName(s);
}

/** Compile frozen source, its names going to the frozen pool. */
export function compilingFrozenCode<T>(work: () => T): T {
  const was = compilingFrozen;
  compilingFrozen = true;
  try {
    return work();
  } finally {
    compilingFrozen = was;
  }
}

/** Where a name outside the static pool lists stands in the pools. A name never interned here
 * is one native code provides (`__dict__`, `errno`): static in MicroPython, so it ranks first. */
export function internRank(s: string): number {
  const f = frozenPool.get(s);
  if (f !== undefined) return 1 + f;
  const r = runtimePool()?.get(s);
  return r === undefined ? 0 : 1_000_000 + r;
}
