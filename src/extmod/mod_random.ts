// random: MicroPython's Yasmarang generator (extmod/modrandom.c), so a given seed gives the
// reference's sequence. Each interpreter has its own generator, seeded from the system's
// randomness on first import as the unix port does (MICROPY_PY_RANDOM_SEED_INIT_FUNC).
import { builtin, type PyValue } from "../py/obj.ts";
import { IndexError, raise, ValueError } from "../py/obj_exception.ts";
import { PyFloat } from "../py/obj_float.ts";
import { getItem, len } from "../py/runtime.ts";
import { floatArg, uint32Arg, wordArg } from "./int_args.ts";

/** Yasmarang (Ilya Levin, public domain): 32-bit state words and an 8-bit one. */
export class Yasmarang {
  pad = 0;
  n = 0;
  d = 0;
  dat = 0;

  constructor(seed: number) {
    this.seed(seed);
  }

  seed(seed: number): void {
    this.pad = seed >>> 0;
    this.n = 69;
    this.d = 233;
    this.dat = 0;
  }

  /** The next 32-bit output. */
  next(): number {
    let pad = (this.pad + this.dat + Math.imul(this.d, this.n)) >>> 0;
    pad = ((pad << 3) | (pad >>> 29)) >>> 0;
    this.pad = pad;
    this.n = (pad | 2) >>> 0;
    const d = (this.d ^ ((pad << 31) | (pad >>> 1))) >>> 0;
    this.d = d;
    const dat = (this.dat ^ pad ^ (d >>> 8) ^ 1) & 0xff;
    this.dat = dat;
    return (pad ^ (d << 5) ^ (pad >>> 18) ^ (dat << 1)) >>> 0;
  }

  /** An unsigned value below n (n a uint32), by masking and rejecting. */
  below(n: number): number {
    // MicroPython loops forever when the range is 2**32 wide (n truncates to 0).
    if (n === 0) raise(ValueError);
    let mask = 1;
    while ((n & mask) >>> 0 < n) mask = ((mask << 1) | 1) >>> 0;
    let r: number;
    do r = (this.next() & mask) >>> 0; while (r >= n);
    return r;
  }

  /** A double in [0, 1): 52 fraction bits, the first output's low 20 above the second's 32. */
  float(): number {
    const hi = this.next() & 0xfffff;
    const lo = this.next();
    return (hi * 0x100000000 + lo) / 0x10000000000000;
  }
}

/** A seed from the system's randomness (the unix port reads the OS's random source). */
function systemSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/** randrange's three forms; C's int32 arithmetic (truncating division) as on the reference. */
function randrange(rng: Yasmarang, a: PyValue[]): number {
  const start = wordArg(a[0]);
  if (a.length === 1) {
    if (start > 0) return rng.below(start);
    return raise(ValueError);
  }
  const stop = wordArg(a[1]);
  if (a.length === 2) {
    if (start < stop) return (start + rng.below((stop - start) >>> 0)) | 0;
    return raise(ValueError);
  }
  const step = wordArg(a[2]);
  let n: number;
  if (step > 0) n = Math.trunc(((stop - start + step - 1) | 0) / step);
  else if (step < 0) n = Math.trunc(((stop - start + step + 1) | 0) / step);
  else return raise(ValueError);
  if (n > 0) return (start + Math.imul(step, rng.below(n))) | 0;
  return raise(ValueError);
}

export function makeRandomModule(): [string, PyValue][] {
  const rng = new Yasmarang(systemSeed());
  const getrandbits = (a: PyValue[]): number => {
    const n = wordArg(a[0]);
    if (n > 32 || n < 0) raise(ValueError, "bits must be 32 or less");
    if (n === 0) return 0;
    return (rng.next() & (0xffffffff >>> (32 - n))) >>> 0;
  };
  const seed = (a: PyValue[]): PyValue => {
    rng.seed(a.length === 0 || a[0] === null ? systemSeed() : uint32Arg(a[0]));
    return null;
  };
  const randint = (a: PyValue[]): number => {
    const lo = wordArg(a[0]);
    const hi = wordArg(a[1]);
    if (lo > hi) raise(ValueError);
    return (lo + rng.below((hi - lo + 1) >>> 0)) | 0;
  };
  const choice = (a: PyValue[]): PyValue => {
    const n = len(a[0]);
    if (n <= 0) raise(IndexError);
    return getItem(a[0], rng.below(n));
  };
  const uniform = (a: PyValue[]): PyFloat => {
    const lo = floatArg(a[0]);
    const hi = floatArg(a[1]);
    return new PyFloat(lo + (hi - lo) * rng.float());
  };
  return [
    // Called by the import machinery in MicroPython; the generator is already seeded here.
    ["__init__", builtin("__init__", () => null, 0, 0)],
    ["getrandbits", builtin("getrandbits", getrandbits, 1, 1)],
    ["seed", builtin("seed", seed, 0, 1)],
    ["randrange", builtin("randrange", (a) => randrange(rng, a), 1, 3)],
    ["randint", builtin("randint", randint, 2, 2)],
    ["choice", builtin("choice", choice, 1, 1)],
    ["random", builtin("random", () => new PyFloat(rng.float()), 0, 0)],
    ["uniform", builtin("uniform", uniform, 2, 2)],
  ];
}
