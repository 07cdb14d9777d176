// Bit access to doubles for the libm ports (musl's GET_HIGH_WORD and friends).
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Little-endian word order (every platform Deno runs on).
const LO = 0;
const HI = 1;

/** The high 32 bits of a double's representation. */
export function hi(x: number): number {
  f64[0] = x;
  return u32[HI];
}

/** The low 32 bits of a double's representation. */
export function lo(x: number): number {
  f64[0] = x;
  return u32[LO];
}

/** `x` with its low word cleared. */
export function clearLow(x: number): number {
  f64[0] = x;
  u32[LO] = 0;
  return f64[0];
}

export function fromWords(h: number, l: number): number {
  u32[HI] = h;
  u32[LO] = l;
  return f64[0];
}

/** Rounds to an integer by adding and subtracting this (musl's toint). */
export const TOINT = 1.5 / Number.EPSILON;

/** v / 2^scale rounded to the nearest double. */
export function bigToDouble(v: bigint, scale: bigint): number {
  if (v === 0n) return 0;
  const neg = v < 0n;
  let a = neg ? -v : v;
  const bits = BigInt(a.toString(2).length);
  let e = -scale;
  if (bits > 60n) {
    const drop = bits - 60n;
    const sticky = (a & ((1n << drop) - 1n)) !== 0n ? 1n : 0n;
    a = (a >> drop) | sticky;
    e += drop;
  }
  // a has at most 60 bits; Number(a) rounds to nearest (sticky bit prevents double rounding).
  const d = Number(a) * 2 ** Number(e);
  return neg ? -d : d;
}

/** The exact value of double d times 2^scale, as a bigint (d must be representable). */
export function doubleToBig(d: number, scale: bigint): bigint {
  if (d === 0) return 0n;
  const neg = d < 0;
  const ad = Math.abs(d);
  const e = ((hi(ad) >>> 20) & 0x7ff) - 1075;
  const m = BigInt(ad / 2 ** e);
  const s = BigInt(e) + scale;
  const v = s >= 0n ? m << s : m >> -s;
  return neg ? -v : v;
}
