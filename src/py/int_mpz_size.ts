// How big MicroPython's long ints get (py/mpz.c, 16-bit digits on the reference builds) and the
// MemoryError it raises when an allocation for one can't be had. upy computes with JS BigInts,
// whose size limit (2**30 bits) is close to the WebAssembly reference's whole heap; past
// MAX_MPZ_BITS an operation fails as MicroPython's does, naming the bytes mpz asked for,
// instead of the host's RangeError (or, for a power, instead of running for hours).
import { MemoryError, raise } from "./obj_exception.ts";

const DIG_BITS = 16;

/** Bits past which a long int's digits can't be allocated (the reference's heap). */
export const MAX_MPZ_BITS = 1047153920;

/** Number of bits needed for |v|. */
export function bitLength(v: number | bigint): number {
  if (typeof v === "number") {
    const m = Math.abs(v);
    return m === 0 ? 0 : m < 2 ** 31 ? 32 - Math.clz32(m) : BigInt(m).toString(2).length;
  }
  const hex = (v < 0n ? -v : v).toString(16);
  if (hex === "0") return 0;
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** mpz digits of a value with `bits` bits. */
export function mpzDigits(bits: number): number {
  return Math.ceil(bits / DIG_BITS);
}

/** m_malloc_fail for a block of `digits` mpz digits. */
export function mpzAllocFailed(digits: number): never {
  return raise(MemoryError, `memory allocation failed, allocating ${2 * digits} bytes`);
}

/** The digits mpz asks for to hold the result of `a op b` (mpz_*_inpl's mpz_need_dig). */
function resultDigits(mul: boolean, a: number | bigint, b: number | bigint): number {
  const da = mpzDigits(bitLength(a));
  const db = mpzDigits(bitLength(b));
  return mul ? da + db : Math.max(da, db) + 1;
}

/** Run a BigInt computation; a result past the host's limit fails as mpz's allocation would. */
export function bigResult<T>(mul: boolean, a: number | bigint, b: number | bigint, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) mpzAllocFailed(resultDigits(mul, a, b));
    throw e;
  }
}

/** log2|a| for |a| >= 2, close enough to size a power's digits. */
function log2Abs(a: number | bigint): number {
  if (typeof a === "number") return Math.log2(Math.abs(a));
  const bits = bitLength(a);
  if (bits <= 1000) return Math.log2(Math.abs(Number(a)));
  const top = (a < 0n ? -a : a) >> BigInt(bits - 64);
  return Math.log2(Number(top)) + (bits - 64);
}

/** Digits of |a| ** k given log2|a|. */
const powDigits = (log2a: number, k: number): number => mpzDigits(Math.floor(k * log2a) + 1);

/** Before computing a ** e (|a| >= 2, e >= 0): when the result is too big to hold, raise as
 * mpz_pow_inpl does at its first multiplication whose digits can't be allocated. It squares
 * `x` (a, a**2, a**4, ...) and multiplies the result by it for each set bit of `e`, low first. */
export function checkPowSize(a: number | bigint, e: number | bigint): void {
  const log2a = log2Abs(a);
  if (Number(e) * log2a < MAX_MPZ_BITS - 64) return;
  const maxDigits = mpzDigits(MAX_MPZ_BITS);
  let n = BigInt(e);
  let kx = 1; // x = a ** kx
  let kd = 0; // the result so far = a ** kd
  let lenX = powDigits(log2a, 1);
  let lenD = 1;
  while (n > 0n) {
    if (n & 1n) {
      if (lenD + lenX > maxDigits) mpzAllocFailed(lenD + lenX);
      kd += kx;
      lenD = powDigits(log2a, kd);
    }
    n >>= 1n;
    if (n === 0n) break;
    if (2 * lenX > maxDigits) mpzAllocFailed(2 * lenX);
    kx *= 2;
    lenX = powDigits(log2a, kx);
  }
}
