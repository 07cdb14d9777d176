// Float to text exactly as MicroPython 1.27 prints it (py/formatfloat.c, double precision):
// digits come from a decimal mantissa rounded half-up, the shortest of 16..19 digits that
// reads back to the same double is kept when more precision is asked for than is safe, and
// the fixed format falls back to %g when the digits would not fit the 32-byte buffer.

const MODE_E = 1;
const MODE_G = 2;
const MODE_F = 4;
const MAX_DIGITS = 19;
const SAFE_DIGITS = 16;
/** The buffer MicroPython formats into (its size decides the %f -> %g fallback). */
const BUF_SIZE = 33;
/** Precision value meaning "repr" (MP_FLOAT_REPR_PREC). */
export const REPR_PREC = 99;

const POW10: number[] = [];
/** 10**k rounded to a double, as the C code compares against. */
function pow10(k: number): number {
  if (k >= -330 && k <= 310) {
    const v = POW10[k + 330];
    if (v !== undefined) return v;
    return (POW10[k + 330] = Number("1e" + k));
  }
  return k < 0 ? 0 : Infinity;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** floor(f * 10**decexp + 0.5) computed exactly (f finite, >= 0). */
function scaledMantissa(f: number, decexp: number): bigint {
  if (f === 0) return 0n;
  f64[0] = f;
  const hi = u32[1];
  const lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let k: number;
  if (bexp === 0) k = -1074;
  else {
    m |= 1n << 52n;
    k = bexp - 1075;
  }
  // value = m * 2**k * 10**decexp
  let num = m;
  let den = 1n;
  if (decexp >= 0) num *= 10n ** BigInt(decexp);
  else den = 10n ** BigInt(-decexp);
  if (k >= 0) num <<= BigInt(k);
  else den <<= BigInt(-k);
  return (2n * num + den) / (2n * den);
}

/** Render a decimal mantissa (mp_format_mantissa). */
function renderMantissa(
  mantissa: bigint,
  cap: bigint,
  prefix: string,
  numDigits: number,
  maxExpZeros: number,
  trailingZeros: number,
  dec: number,
  e: number,
  flags: number,
  upper: boolean,
): string {
  if (mantissa !== 0n && mantissa >= cap) {
    if (flags & MODE_F) {
      numDigits++;
      dec++;
    } else {
      mantissa /= 10n;
      e++;
    }
  }
  if ((flags & MODE_G) && e !== 0) {
    if (e >= 0) {
      if (e < maxExpZeros) {
        dec += e;
        if (dec >= numDigits) trailingZeros = dec - (numDigits - 1);
        e = 0;
      }
    } else if (e >= -4) {
      let cnt = 0;
      while (e < 0 && mantissa % 10n === 0n) {
        mantissa /= 10n;
        cnt++;
        e++;
      }
      numDigits -= cnt;
      prefix += "0." + "0".repeat(Math.max(0, cnt - e - 1));
      dec = 255;
      e = 0;
    }
  }
  let digits = mantissa.toString();
  if (digits.length < numDigits) digits = "0".repeat(numDigits - digits.length) + digits;
  else if (digits.length > numDigits) digits = digits.slice(digits.length - numDigits);
  let dot = dec >= 255;
  let s = prefix;
  if (dec + 1 < numDigits) {
    dot = true;
    s += digits.slice(0, dec + 1) + "." + digits.slice(dec + 1);
  } else s += digits;
  if (trailingZeros > 0) {
    dec -= numDigits - 1;
    while (trailingZeros-- > 0) {
      if (dec-- === 0) {
        s += ".";
        dot = true;
      }
      s += "0";
    }
  }
  if ((flags & MODE_G) && dot) {
    let end = s.length;
    while (s.charCodeAt(end - 1) === 48) end--;
    if (s.charCodeAt(end - 1) === 46) end--;
    s = s.slice(0, end);
  }
  if ((e !== 0 || (flags & MODE_E)) && !(flags & MODE_F)) {
    s += upper ? "E" : "e";
    if (e >= 0) s += "+";
    else {
      s += "-";
      e = -e;
    }
    s += e < 10 ? "0" + e : String(e);
  }
  return s;
}

/** Decimal exponent of f > 0 relative to the doubles nearest to powers of ten. */
function decimalExponent(f: number): number {
  let e = Math.floor(Math.log10(f));
  while (e < 400 && f >= pow10(e + 1)) e++;
  while (e > -400 && f < pow10(e)) e--;
  return e;
}

/**
 * Format a float like MicroPython's mp_format_float: fmt is one of e f g E F G (other
 * letters act as e), prec < 0 means 6, REPR_PREC means repr's shortest round-trip digits.
 * `sign` is "", "+" or " " (a leading "-" is always used for negatives).
 */
export function formatFloat(x: number, fmt: string, prec: number, sign = ""): string {
  let f = x;
  let bufSize = BUF_SIZE;
  if (f < 0 || (f === 0 && 1 / f < 0)) {
    f = -f;
    sign = "-";
  }
  if (sign !== "") bufSize--;
  const lower = fmt.toLowerCase();
  const upper = fmt !== lower;
  if (f === Infinity) return sign + (upper ? "INF" : "inf");
  if (f !== f) return sign + (upper ? "NAN" : "nan");
  let flags = lower === "f" ? MODE_F : lower === "g" ? MODE_G : MODE_E;
  if (prec < 0) prec = 6;
  let maxExpZeros = Math.min(prec, bufSize - 3);
  if (prec === REPR_PREC) {
    prec = MAX_DIGITS;
    maxExpZeros = 16;
  }
  const e = f === 0 ? 0 : decimalExponent(f);
  if ((flags & MODE_F) && e > 0 && e + prec + 2 > bufSize) {
    flags = MODE_G;
    prec++;
  }
  let maxDigits = prec;
  let leadZeros = 0;
  let trailZeros = 0;
  if (flags & MODE_F) {
    if (maxDigits > bufSize - 3) maxDigits = bufSize - 3;
    if (e < 0) {
      if (maxDigits > 2 && e < -2) {
        leadZeros = Math.min(-e, maxDigits) - 2;
        maxDigits -= leadZeros;
      } else maxDigits++;
    } else maxDigits += e + 1;
  } else if (!(flags & MODE_G) || maxDigits === 0) maxDigits++;
  if (maxDigits > MAX_DIGITS) {
    trailZeros = maxDigits - MAX_DIGITS;
    maxDigits = MAX_DIGITS;
  }
  const overhead = flags & MODE_F ? 3 : 8;
  if (trailZeros > bufSize - maxDigits - overhead) trailZeros = bufSize - maxDigits - overhead;
  for (let numDigits = Math.min(SAFE_DIGITS, maxDigits);; numDigits++) {
    const extraZeros = trailZeros + (maxDigits - numDigits);
    let decexp: number;
    let dec = 0;
    let prefix = "";
    if (f === 0) decexp = 0;
    else if (flags & MODE_F) {
      decexp = numDigits - 1;
      if (e < 0) {
        if (leadZeros > 0) {
          prefix = "0." + "0".repeat(leadZeros);
          decexp += leadZeros + 1;
          dec = 255;
        }
      } else {
        decexp -= e;
        dec = e;
      }
    } else decexp = numDigits - e - 1;
    const mantissa = scaledMantissa(f, decexp);
    const cap = 10n ** BigInt(numDigits);
    const s = renderMantissa(
      mantissa,
      cap,
      prefix,
      numDigits,
      maxExpZeros,
      extraZeros,
      dec,
      e,
      flags,
      upper,
    );
    if (numDigits >= maxDigits || Number(s) === f) return sign + s;
  }
}

/** Shortest-digits repr without BigInt for the common case (16 or 17 digits). */
function reprFast(f: number): string | undefined {
  let s = f.toExponential(15);
  if (Number(s) !== f) s = f.toExponential(16);
  const ePos = s.indexOf("e");
  const exp = +s.slice(ePos + 1);
  if (s.charCodeAt(0) === 57 /* 9 */ && f >= pow10(exp + 1)) return undefined;
  let digits = s.charCodeAt(1) === 46 ? s[0] + s.slice(2, ePos) : s.slice(0, ePos);
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  digits = digits.slice(0, end);
  if (exp >= 0 && exp < 16) {
    if (digits.length <= exp + 1) return digits + "0".repeat(exp + 1 - digits.length) + ".0";
    return digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  if (exp < 0 && exp >= -4) return "0." + "0".repeat(-exp - 1) + digits;
  const mant = digits.length === 1 ? digits : digits[0] + "." + digits.slice(1);
  return mant + (exp < 0 ? "e-" : "e+") + (exp > -10 && exp < 10 ? "0" : "") + Math.abs(exp);
}

/** repr()/str() of a float (py/objfloat.c float_print). */
export function floatRepr(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return 1 / x < 0 ? "-0.0" : "0.0";
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x + ".0";
  const neg = x < 0;
  const fast = reprFast(neg ? -x : x);
  if (fast !== undefined) return neg ? "-" + fast : fast;
  const s = formatFloat(x, "g", REPR_PREC);
  return /[.en]/.test(s) ? s : s + ".0";
}

/** A big int as a double the way MicroPython's mpz_as_float makes it: its 16-bit digits
 * folded in from the top with double arithmetic, each step rounding (so not always the
 * nearest double). */
export function bigIntToDouble(v: bigint): number {
  const neg = v < 0n;
  let x = neg ? -v : v;
  const digits: number[] = [];
  for (; x > 0n; x >>= 16n) digits.push(Number(x & 0xffffn));
  let r = 0;
  for (let i = digits.length - 1; i >= 0; i--) r = r * 65536 + digits[i];
  return neg ? -r : r;
}
