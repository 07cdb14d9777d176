// Shared by the filesystem and image tests: the real MicroPython unix port (the oracle for
// formats it reads and writes; UPY_ORACLE_UNIX overrides the path) and a seeded PRNG.
import { join } from "node:path";

export const UNIX_PORT = Deno.env.get("UPY_ORACLE_UNIX") ?? join(
  import.meta.dirname!,
  "..",
  "..",
  "..",
  "shared",
  "firmware",
  "micropython-1.27.0-unix-x86_64",
);

export const haveUnixPort = (() => {
  try {
    return Deno.statSync(UNIX_PORT).isFile;
  } catch {
    return false;
  }
})();

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
