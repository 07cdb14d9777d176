// sin, cos, tan and their inverses, as musl computes them (argument reduction included).
import { bigToDouble, clearLow, doubleToBig, hi, lo, TOINT } from "./libm_bits.ts";
// --- trigonometric kernels (|x| <= pi/4, x + y the reduced argument) ---------------------------

const S1 = -1.66666666666666324348e-01;
const S2 = 8.33333333332248946124e-03;
const S3 = -1.98412698298579493134e-04;
const S4 = 2.75573137070700676789e-06;
const S5 = -2.50507602534068634195e-08;
const S6 = 1.58969099521155010221e-10;

export function kSin(x: number, y: number, iy: number): number {
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * x;
  if (iy === 0) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

const C1 = 4.16666666666666019037e-02;
const C2 = -1.38888888888741095749e-03;
const C3 = 2.48015872894767294178e-05;
const C4 = -2.75573143513906633035e-07;
const C5 = 2.08757232129817482790e-09;
const C6 = -1.13596475577881948265e-11;

export function kCos(x: number, y: number): number {
  const z = x * x;
  let w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  w = 1.0 - hz;
  return w + (((1.0 - w) - hz) + (z * r - x * y));
}

const T = [
  3.33333333333334091986e-01,
  1.33333333333201242699e-01,
  5.39682539762260521377e-02,
  2.18694882948595424599e-02,
  8.86323982359930005737e-03,
  3.59207910759131235356e-03,
  1.45620945432529025516e-03,
  5.88041240820264096874e-04,
  2.46463134818469906812e-04,
  7.81794442939557092300e-05,
  7.14072491382608190305e-05,
  -1.85586374855275456654e-05,
  2.59073051863633712884e-05,
];
const PIO4 = 7.85398163397448278999e-01;
const PIO4LO = 3.06161699786838301793e-17;

function kTan(x: number, y: number, odd: number): number {
  const hx = hi(x);
  const big = (hx & 0x7fffffff) >= 0x3fe59428; // |x| >= 0.6744
  const sign = hx >>> 31;
  if (big) {
    if (sign) {
      x = -x;
      y = -y;
    }
    x = (PIO4 - x) + (PIO4LO - y);
    y = 0.0;
  }
  const z = x * x;
  let w = z * z;
  let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
  let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
  const s = z * x;
  r = y + z * (s * (r + v) + y) + s * T[0];
  w = x + r;
  if (big) {
    const s1 = 1 - 2 * odd;
    v = s1 - 2.0 * (x + (r - w * w / (w + s1)));
    return sign ? -v : v;
  }
  if (!odd) return w;
  // -1/(x+r) computed accurately.
  const w0 = clearLow(w);
  v = r - (w0 - x);
  const a = -1.0 / w;
  const a0 = clearLow(a);
  return a0 + a * (1.0 + a0 * w0 + a0 * v);
}

// --- argument reduction: x = n*(pi/2) + (y0 + y1) ----------------------------------------------

const INVPIO2 = 6.36619772367581382433e-01;
const PIO2_1 = 1.57079632673412561417e+00;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;

/** Reduced argument parts, written by remPio2. */
let ry0 = 0;
let ry1 = 0;

function remPio2(x: number): number {
  const hx = hi(x) | 0;
  const ix = hx & 0x7fffffff;
  let medium = false;
  if (ix <= 0x400f6a7a) { // |x| ~<= 5pi/4
    if ((ix & 0xfffff) === 0x921fb) medium = true; // |x| ~= pi/2 or 2pi/2
    else if (ix <= 0x4002d97c) return smallRem(x, hx > 0 ? 1 : -1); // |x| ~<= 3pi/4
    else return smallRem(x, hx > 0 ? 2 : -2);
  } else if (ix <= 0x401c463b) { // |x| ~<= 9pi/4
    if (ix <= 0x4015fdbc) { // |x| ~<= 7pi/4
      if (ix === 0x4012d97c) medium = true; // |x| ~= 3pi/2
      else return smallRem(x, hx > 0 ? 3 : -3);
    } else {
      if (ix === 0x401921fb) medium = true; // |x| ~= 4pi/2
      else return smallRem(x, hx > 0 ? 4 : -4);
    }
  }
  if (medium || ix < 0x413921fb) { // |x| ~< 2^20*(pi/2)
    let fn = x * INVPIO2 + TOINT - TOINT;
    let n = fn | 0;
    let r = x - fn * PIO2_1;
    let w = fn * PIO2_1T;
    if (r - w < -PIO4) {
      n--;
      fn--;
      r = x - fn * PIO2_1;
      w = fn * PIO2_1T;
    } else if (r - w > PIO4) {
      n++;
      fn++;
      r = x - fn * PIO2_1;
      w = fn * PIO2_1T;
    }
    const j = ix >>> 20;
    ry0 = r - w;
    let i = j - ((hi(ry0) >>> 20) & 0x7ff);
    if (i > 16) { // second round, good to 118 bits
      let t = r;
      w = fn * PIO2_2;
      r = t - w;
      w = fn * PIO2_2T - ((t - r) - w);
      ry0 = r - w;
      i = j - ((hi(ry0) >>> 20) & 0x7ff);
      if (i > 49) { // third round, good to 151 bits
        t = r;
        w = fn * PIO2_3;
        r = t - w;
        w = fn * PIO2_3T - ((t - r) - w);
        ry0 = r - w;
      }
    }
    ry1 = (r - ry0) - w;
    return n;
  }
  if (ix >= 0x7ff00000) {
    ry0 = ry1 = x - x;
    return 0;
  }
  return largeRem(x);
}

function smallRem(x: number, n: number): number {
  const z = x - n * PIO2_1;
  ry0 = z - n * PIO2_1T;
  ry1 = (z - ry0) - n * PIO2_1T;
  return n;
}

// Large arguments: an exact reduction with 2/pi to enough bits (Payne-Hanek in effect).
let twoOverPi: bigint | undefined;
const TWO_OVER_PI_BITS = 1400n;

/** floor(2^TWO_OVER_PI_BITS * 2/pi), from Machin's formula. */
function computeTwoOverPi(): bigint {
  const prec = TWO_OVER_PI_BITS + 64n;
  const one = 1n << prec;
  const arctanInv = (k: bigint) => {
    // arctan(1/k) * 2^prec
    let term = one / k;
    let sum = term;
    const k2 = k * k;
    for (let n = 3n; term !== 0n; n += 2n) {
      term /= k2;
      sum += (n & 2n) ? -term / n : term / n;
    }
    return sum;
  };
  const pi = 4n * (4n * arctanInv(5n) - arctanInv(239n));
  return (2n * one * one) / pi >> 64n;
}

function largeRem(x: number): number {
  twoOverPi ??= computeTwoOverPi();
  const neg = x < 0;
  const ax = Math.abs(x);
  // ax = m * 2^e exactly, m a 53-bit integer.
  const ex = ((hi(ax) >>> 20) & 0x7ff) - 1075;
  const m = BigInt(ax / 2 ** ex);
  // ax * 2/pi = m * 2^e * twoOverPi / 2^BITS; keep the fraction mod 4 with BITS - e bits.
  const shift = TWO_OVER_PI_BITS - BigInt(ex);
  const prod = m * twoOverPi;
  const scale = 1n << shift;
  let q = prod >> shift;
  let frac = prod & (scale - 1n);
  if (frac >= scale >> 1n) { // round to nearest multiple of pi/2
    q += 1n;
    frac -= scale;
  }
  // frac / scale is in [-1/2, 1/2); times pi/2 gives the reduced argument.
  const fb = 200n;
  const fscaled = shift > fb ? frac >> (shift - fb) : frac << (fb - shift);
  const piOver2 = (1n << (2n * 256n)) / (twoOverPi >> (TWO_OVER_PI_BITS - 256n)); // 2^256 * pi/2
  const r = fscaled * piOver2; // scaled by 2^(200 + 256)
  const total = 456n;
  const y0 = bigToDouble(r, total);
  const rem = r - doubleToBig(y0, total);
  ry0 = y0;
  ry1 = bigToDouble(rem, total);
  const n = Number(q & 3n);
  if (neg) {
    ry0 = -ry0;
    ry1 = -ry1;
    return -n;
  }
  return n;
}

// --- sin, cos, tan ------------------------------------------------------------------------------

export function sin(x: number): number {
  const ix = hi(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e500000) return x;
    return kSin(x, 0.0, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  switch (n & 3) {
    case 0:
      return kSin(ry0, ry1, 1);
    case 1:
      return kCos(ry0, ry1);
    case 2:
      return -kSin(ry0, ry1, 1);
    default:
      return -kCos(ry0, ry1);
  }
}

export function cos(x: number): number {
  const ix = hi(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e46a09e) return 1.0;
    return kCos(x, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  switch (n & 3) {
    case 0:
      return kCos(ry0, ry1);
    case 1:
      return -kSin(ry0, ry1, 1);
    case 2:
      return -kCos(ry0, ry1);
    default:
      return kSin(ry0, ry1, 1);
  }
}

export function tan(x: number): number {
  const ix = hi(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e400000) return x;
    return kTan(x, 0.0, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  return kTan(ry0, ry1, n & 1);
}

// --- inverse trigonometric ----------------------------------------------------------------------

const ATANHI = [
  4.63647609000806093515e-01,
  7.85398163397448278999e-01,
  9.82793723247329054082e-01,
  1.57079632679489655800e+00,
];
const ATANLO = [
  2.26987774529616870924e-17,
  3.06161699786838301793e-17,
  1.39033110312309984516e-17,
  6.12323399573676603587e-17,
];
const AT = [
  3.33333333333329318027e-01,
  -1.99999999998764832476e-01,
  1.42857142725034663711e-01,
  -1.11111104054623557880e-01,
  9.09088713343650656196e-02,
  -7.69187620504482999495e-02,
  6.66107313738753120669e-02,
  -5.83357013379057348645e-02,
  4.97687799461593236017e-02,
  -3.65315727442169155270e-02,
  1.62858201153657823623e-02,
];

export function atan(x: number): number {
  const hx = hi(x) | 0;
  const ix = hx & 0x7fffffff;
  let id: number;
  if (ix >= 0x44100000) { // |x| >= 2^66
    if (x !== x) return x + x;
    return hx > 0 ? ATANHI[3] + ATANLO[3] : -ATANHI[3] - ATANLO[3];
  }
  if (ix < 0x3fdc0000) { // |x| < 0.4375
    if (ix < 0x3e400000) return x;
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3ff30000) { // |x| < 1.1875
      if (ix < 0x3fe60000) {
        id = 0;
        x = (2.0 * x - 1.0) / (2.0 + x);
      } else {
        id = 1;
        x = (x - 1.0) / (x + 1.0);
      }
    } else if (ix < 0x40038000) { // |x| < 2.4375
      id = 2;
      x = (x - 1.5) / (1.0 + 1.5 * x);
    } else {
      id = 3;
      x = -1.0 / x;
    }
  }
  const z = x * x;
  const w = z * z;
  const s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
  const s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
  if (id < 0) return x - x * (s1 + s2);
  const r = ATANHI[id] - (x * (s1 + s2) - ATANLO[id] - x);
  return hx < 0 ? -r : r;
}

export const PI = 3.1415926535897931160e+00;
const PI_LO = 1.2246467991473531772e-16;

export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return x + y;
  let ix = hi(x);
  const lx = lo(x);
  let iy = hi(y);
  const ly = lo(y);
  if (((ix - 0x3ff00000) | lx) === 0) return atan(y); // x == 1.0
  const m = ((iy >>> 31) & 1) | ((ix >>> 30) & 2);
  ix &= 0x7fffffff;
  iy &= 0x7fffffff;
  if ((iy | ly) === 0) {
    switch (m) {
      case 0:
      case 1:
        return y;
      case 2:
        return PI;
      default:
        return -PI;
    }
  }
  if ((ix | lx) === 0) return m & 1 ? -PI / 2 : PI / 2;
  if (ix === 0x7ff00000) {
    if (iy === 0x7ff00000) {
      return [PI / 4, -PI / 4, 3 * PI / 4, -3 * PI / 4][m];
    }
    return [0.0, -0.0, PI, -PI][m];
  }
  if (ix + (64 << 20) < iy || iy === 0x7ff00000) return m & 1 ? -PI / 2 : PI / 2;
  let z: number;
  if ((m & 2) && iy + (64 << 20) < ix) z = 0;
  else z = atan(Math.abs(y / x));
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return PI - (z - PI_LO);
    default:
      return (z - PI_LO) - PI;
  }
}

const PIO2_HI = 1.57079632679489655800e+00;
const PIO2_LO = 6.12323399573676603587e-17;
const PS0 = 1.66666666666666657415e-01;
const PS1 = -3.25565818622400915405e-01;
const PS2 = 2.01212532134862925881e-01;
const PS3 = -4.00555345006794114027e-02;
const PS4 = 7.91534994289814532176e-04;
const PS5 = 3.47933107596021167570e-05;
const QS1 = -2.40339491173441421878e+00;
const QS2 = 2.02094576023350569471e+00;
const QS3 = -6.88283971605453293030e-01;
const QS4 = 7.70381505559019352791e-02;

function asinR(z: number): number {
  const p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
  const q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
  return p / q;
}

export function asin(x: number): number {
  const hx = hi(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {
    if (((ix - 0x3ff00000) | lo(x)) === 0) return x * PIO2_HI + x * PIO2_LO;
    return NaN;
  }
  if (ix < 0x3fe00000) { // |x| < 0.5
    if (ix < 0x3e500000) return x;
    return x + x * asinR(x * x);
  }
  const z = (1 - Math.abs(x)) * 0.5;
  const s = Math.sqrt(z);
  const r = asinR(z);
  let t: number;
  if (ix >= 0x3fef3333) { // |x| > 0.975
    t = PIO2_HI - (2 * (s + s * r) - PIO2_LO);
  } else {
    const f = clearLow(s);
    const c = (z - f * f) / (s + f);
    t = 0.5 * PIO2_HI - (2 * s * r - (PIO2_LO - 2 * c) - (0.5 * PIO2_HI - 2 * f));
  }
  return hx < 0 ? -t : t;
}

export function acos(x: number): number {
  const hx = hi(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {
    if (((ix - 0x3ff00000) | lo(x)) === 0) return hx < 0 ? 2 * PIO2_HI + 2 ** (-120) : 0;
    return NaN;
  }
  if (ix < 0x3fe00000) { // |x| < 0.5
    if (ix <= 0x3c600000) return PIO2_HI + 2 ** (-120);
    return PIO2_HI - (x - (PIO2_LO - x * asinR(x * x)));
  }
  if (hx < 0) { // x < -0.5
    const z = (1.0 + x) * 0.5;
    const s = Math.sqrt(z);
    const w = asinR(z) * s - PIO2_LO;
    return 2 * (PIO2_HI - (s + w));
  }
  const z = (1.0 - x) * 0.5;
  const s = Math.sqrt(z);
  const df = clearLow(s);
  const c = (z - df * df) / (s + df);
  const w = asinR(z) * s + c;
  return 2 * (df + w);
}
