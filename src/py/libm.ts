// A TypeScript libm following the algorithms of musl's libm (itself derived from FreeBSD's
// msun / Sun's fdlibm), which is what the WebAssembly build of MicroPython links. JS `Math`
// differs from it in the last bit for many functions (V8 has its own kernels), so the math and
// cmath modules use these to print the same digits as MicroPython.
//
// Functions whose JS `Math` counterpart already agrees (log, log2, log10, pow, sqrt) are not
// reimplemented.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Little-endian word order (every platform Deno runs on).
const LO = 0;
const HI = 1;

/** The high 32 bits of a double's representation. */
function hi(x: number): number {
  f64[0] = x;
  return u32[HI];
}

/** The low 32 bits of a double's representation. */
function lo(x: number): number {
  f64[0] = x;
  return u32[LO];
}

/** `x` with its low word cleared. */
function clearLow(x: number): number {
  f64[0] = x;
  u32[LO] = 0;
  return f64[0];
}

function fromWords(h: number, l: number): number {
  u32[HI] = h;
  u32[LO] = l;
  return f64[0];
}

// --- trigonometric kernels (|x| <= pi/4, x + y the reduced argument) ---------------------------

const S1 = -1.66666666666666324348e-01;
const S2 = 8.33333333332248946124e-03;
const S3 = -1.98412698298579493134e-04;
const S4 = 2.75573137070700676789e-06;
const S5 = -2.50507602534068634195e-08;
const S6 = 1.58969099521155010221e-10;

function kSin(x: number, y: number, iy: number): number {
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

function kCos(x: number, y: number): number {
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
const TOINT = 1.5 / Number.EPSILON;

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

/** v / 2^scale rounded to the nearest double. */
function bigToDouble(v: bigint, scale: bigint): number {
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
function doubleToBig(d: number, scale: bigint): bigint {
  if (d === 0) return 0n;
  const neg = d < 0;
  const ad = Math.abs(d);
  const e = ((hi(ad) >>> 20) & 0x7ff) - 1075;
  const m = BigInt(ad / 2 ** e);
  const s = BigInt(e) + scale;
  const v = s >= 0n ? m << s : m >> -s;
  return neg ? -v : v;
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

const PI = 3.1415926535897931160e+00;
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

// --- exp family ---------------------------------------------------------------------------------

const LN2HI = 6.93147180369123816490e-01;
const LN2LO = 1.90821492927058770002e-10;
const INVLN2 = 1.44269504088896338700e+00;

// exp: the table-driven algorithm of musl's exp.c (from ARM's optimized-routines):
// exp(x) = 2^(k/128) * exp(r), 2^(i/128) = scale_i * (1 + tail_i) from a 128-entry table.
const EXP_N = 128;
const EXP_INVLN2N = fromWords(0x3ff71547, 0x652b82fe) * EXP_N;
const EXP_NEGLN2HIN = -fromWords(0x3f762e42, 0xfefa0000); // -0x1.62e42fefa0000p-8
const EXP_NEGLN2LON = -fromWords(0x3d0cf79a, 0xbc9e3b3a); // -0x1.cf79abc9e3b3ap-47
const EXP_SHIFT = TOINT; // 0x1.8p52
const EXP_C2 = fromWords(0x3fdfffff, 0xfffffdbd);
const EXP_C3 = fromWords(0x3fc55555, 0x5555543c);
const EXP_C4 = fromWords(0x3fa55555, 0xcf172b91);
const EXP_C5 = fromWords(0x3f811111, 0x67a4d017);

/** [tail_0, scale_0 high word, scale_0 low word, tail_1, ...]; built on first use. */
let expTab: Float64Array | undefined;

function bigSqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** 2^(i/128) for i in 0..127 to ~200 bits, rounded into (scale, tail) pairs as
 * optimized-routines' exp_data.c tabulates them. */
export function buildExpTable(): Float64Array {
  const W = 256n;
  let root = 2n << W; // 2 in fixed point
  for (let j = 0; j < 7; j++) root = bigSqrt(root << W); // sqrt in fixed point
  const tab = new Float64Array(3 * EXP_N);
  let p = 1n << W;
  for (let i = 0; i < EXP_N; i++) {
    const scale = bigToDouble(p, W);
    const s = doubleToBig(scale, W);
    const tail = bigToDouble(((p - s) << 200n) / s, 200n);
    tab[3 * i] = tail;
    tab[3 * i + 1] = hi(scale);
    tab[3 * i + 2] = lo(scale);
    p = (p * root) >> W;
  }
  return tab;
}

function expSpecial(tmp: number, k: number, sh: number, sl: number): number {
  if (k > 0) {
    // The exponent of scale might have overflowed by <= 460.
    const scale = fromWords(sh - (1009 << 20), sl);
    return 2 ** 1009 * (scale + scale * tmp);
  }
  // k < 0: care is needed in the subnormal range.
  const scale = fromWords(sh + (1022 << 20), sl);
  let y = scale + scale * tmp;
  if (y < 1.0) {
    let l = scale - y + scale * tmp;
    const h = 1.0 + y;
    l = 1.0 - h + y + l;
    y = (h + l) - 1.0;
    if (y === 0) y = 0;
  }
  return 2 ** (-1022) * y;
}

export function exp(x: number): number {
  let abstop = (hi(x) >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x; // |x| < 2^-54
    if (abstop >= 0x409) { // |x| >= 1024 or nan
      if (x === -Infinity) return 0.0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    abstop = 0; // large |x| is handled by expSpecial
  }
  const tab = expTab ??= buildExpTable();
  const z = EXP_INVLN2N * x;
  let kd = z + EXP_SHIFT;
  kd -= EXP_SHIFT;
  const k = kd;
  const r = x + kd * EXP_NEGLN2HIN + kd * EXP_NEGLN2LON;
  const i = k & (EXP_N - 1);
  const e = (k - i) / EXP_N;
  const tail = tab[3 * i];
  const sh = tab[3 * i + 1] + e * 0x100000;
  const sl = tab[3 * i + 2];
  const r2 = r * r;
  const tmp = tail + r + r2 * (EXP_C2 + r * EXP_C3) + r2 * r2 * (EXP_C4 + r * EXP_C5);
  if (abstop === 0) return expSpecial(tmp, k, sh, sl);
  const scale = fromWords(sh, sl);
  return scale + scale * tmp;
}

const O_THRESHOLD = 7.09782712893383973096e+02;
const Q1 = -3.33333333333331316428e-02;
const Q2 = 1.58730158725481460165e-03;
const Q3 = -7.93650757867487942473e-05;
const Q4 = 4.00821782732936239552e-06;
const Q5 = -2.01099218183624371326e-07;

export function expm1(x: number): number {
  const h = hi(x);
  const hx = h & 0x7fffffff;
  const sign = h >>> 31;
  if (hx >= 0x4043687a) { // |x| >= 56 ln2
    if (x !== x) return x;
    if (sign) return -1;
    if (x > O_THRESHOLD) return x * 2 ** 1023 * 2;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) { // |x| > 0.5 ln2
    let hiPart: number;
    let loPart: number;
    if (hx < 0x3ff0a2b2) { // |x| < 1.5 ln2
      if (!sign) {
        hiPart = x - LN2HI;
        loPart = LN2LO;
        k = 1;
      } else {
        hiPart = x + LN2HI;
        loPart = -LN2LO;
        k = -1;
      }
    } else {
      k = (INVLN2 * x + (sign ? -0.5 : 0.5)) | 0;
      hiPart = x - k * LN2HI;
      loPart = k * LN2LO;
    }
    x = hiPart - loPart;
    c = (hiPart - x) - loPart;
  } else if (hx < 0x3c900000) { // |x| < 2^-54
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  const twopk = fromWords((0x3ff + k) << 20, 0);
  if (k < 0 || k > 56) {
    let y = x - e + 1.0;
    if (k === 1024) y = y * 2.0 * 2 ** 1023;
    else y = y * twopk;
    return y - 1.0;
  }
  const twomk = fromWords((0x3ff - k) << 20, 0);
  if (k < 20) return (x - e + (1 - twomk)) * twopk;
  return (x - (e + twomk) + 1) * twopk;
}

// --- log1p --------------------------------------------------------------------------------------

const LG1 = 6.666666666666735130e-01;
const LG2 = 3.999999999940941908e-01;
const LG3 = 2.857142874366239149e-01;
const LG4 = 2.222219843214978396e-01;
const LG5 = 1.818357216161805012e-01;
const LG6 = 1.531383769920937332e-01;
const LG7 = 1.479819860511658591e-01;

export function log1p(x: number): number {
  const hx = hi(x);
  let k = 1;
  let c = 0;
  let f = 0;
  if (hx < 0x3fda827a || hx >>> 31) { // 1+x < sqrt(2)+
    if (hx >= 0xbff00000) { // x <= -1.0
      if (x === -1) return -Infinity;
      return NaN;
    }
    if (((hx << 1) >>> 0) < 0x3ca00000 << 1) return x; // |x| < 2^-53
    if (hx <= 0xbfd2bec4) { // sqrt(2)/2- <= 1+x < sqrt(2)+
      k = 0;
      c = 0;
      f = x;
    }
  } else if (hx >= 0x7ff00000) {
    return x;
  }
  if (k) {
    const u = 1 + x;
    let hu = hi(u);
    const ulo = lo(u);
    hu += 0x3ff00000 - 0x3fe6a09e;
    k = (hu >>> 20) - 0x3ff;
    if (k < 54) {
      c = k >= 2 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else {
      c = 0;
    }
    hu = (hu & 0x000fffff) + 0x3fe6a09e;
    f = fromWords(hu, ulo) - 1;
  }
  const hfsq = 0.5 * f * f;
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  const dk = k;
  return s * (hfsq + r) + (dk * LN2LO + c) - hfsq + f + dk * LN2HI;
}

// --- hyperbolic ---------------------------------------------------------------------------------

const EXPO2_K = 2043;
const EXPO2_KLN2 = fromWords(0x40962066, 0x151add8b); // 0x1.62066151add8bp+10

/** exp(x)/2 * sign for x where exp(x) overflows but exp(x)/2 may not. */
function expo2(x: number, sign: number): number {
  const scale = fromWords((0x3ff + EXPO2_K / 2) << 20 >>> 0, 0);
  return exp(x - EXPO2_KLN2) * (sign * scale) * scale;
}

export function sinh(x: number): number {
  let h = 0.5;
  if (hi(x) >>> 31) h = -h;
  const absx = Math.abs(x);
  const w = hi(absx);
  if (w < 0x40862e42) { // |x| < log(DBL_MAX)
    const t = expm1(absx);
    if (w < 0x3ff00000) {
      if (w < 0x3ff00000 - (26 << 20)) return x;
      return h * (2 * t - t * t / (t + 1));
    }
    return h * (t + t / (t + 1));
  }
  return expo2(absx, 2 * h);
}

export function cosh(x: number): number {
  x = Math.abs(x);
  const w = hi(x);
  if (w < 0x3fe62e42) { // |x| < log(2)
    if (w < 0x3ff00000 - (26 << 20)) return 1;
    const t = expm1(x);
    return 1 + t * t / (2 * (1 + t));
  }
  if (w < 0x40862e42) { // |x| < log(DBL_MAX)
    const t = exp(x);
    return 0.5 * (t + 1 / t);
  }
  return expo2(x, 1.0);
}

export function tanh(x: number): number {
  const sign = hi(x) >>> 31;
  x = Math.abs(x);
  const w = hi(x);
  let t: number;
  if (w > 0x3fe193ea) { // |x| > log(3)/2 or nan
    if (w > 0x40340000) { // |x| > 20 or nan
      t = 1 - 0 / x;
    } else {
      t = expm1(2 * x);
      t = 1 - 2 / (t + 2);
    }
  } else if (w > 0x3fd058ae) { // |x| > log(5/3)/2
    t = expm1(2 * x);
    t = t / (t + 2);
  } else if (w >= 0x00100000) {
    t = expm1(-2 * x);
    t = -t / (t + 2);
  } else {
    t = x;
  }
  return sign ? -t : t;
}

const LN2 = 0.693147180559945309417232121458176568;

export function asinh(x: number): number {
  const h = hi(x);
  const e = (h >>> 20) & 0x7ff;
  const s = h >>> 31;
  x = Math.abs(x);
  if (e >= 0x3ff + 26) x = Math.log(x) + LN2;
  else if (e >= 0x3ff + 1) x = Math.log(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
  else if (e >= 0x3ff - 26) x = log1p(x + x * x / (Math.sqrt(x * x + 1) + 1));
  return s ? -x : x;
}

export function acosh(x: number): number {
  const e = (hi(x) >>> 20) & 0x7ff;
  if (e < 0x3ff + 1) return log1p(x - 1 + Math.sqrt((x - 1) * (x - 1) + 2 * (x - 1)));
  if (e < 0x3ff + 26) return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  return Math.log(x) + LN2;
}

export function atanh(x: number): number {
  const h = hi(x);
  const e = (h >>> 20) & 0x7ff;
  const s = h >>> 31;
  let y = Math.abs(x);
  if (e < 0x3ff - 1) {
    if (e >= 0x3ff - 32) y = 0.5 * log1p(2 * y + 2 * y * y / (1 - y));
  } else {
    y = 0.5 * log1p(2 * (y / (1 - y)));
  }
  return s ? -y : y;
}

// --- erf, erfc ----------------------------------------------------------------------------------

const ERX = 8.45062911510467529297e-01;
const EFX8 = 1.02703333676410069053e+00;
const PP = [
  1.28379167095512558561e-01,
  -3.25042107247001499370e-01,
  -2.84817495755985104766e-02,
  -5.77027029648944159157e-03,
  -2.37630166566501626084e-05,
];
const QQ = [
  0,
  3.97917223959155352819e-01,
  6.50222499887672944485e-02,
  5.08130628187576562776e-03,
  1.32494738004321644526e-04,
  -3.96022827877536812320e-06,
];
const PA = [
  -2.36211856075265944077e-03,
  4.14856118683748331666e-01,
  -3.72207876035701323847e-01,
  3.18346619901161753674e-01,
  -1.10894694282396677476e-01,
  3.54783043256182359371e-02,
  -2.16637559486879084300e-03,
];
const QA = [
  0,
  1.06420880400844228286e-01,
  5.40397917702171048937e-01,
  7.18286544141962662868e-02,
  1.26171219808761642112e-01,
  1.36370839120290507362e-02,
  1.19844998467991074170e-02,
];
const RA = [
  -9.86494403484714822705e-03,
  -6.93858572707181764372e-01,
  -1.05586262253232909814e+01,
  -6.23753324503260060396e+01,
  -1.62396669462573470355e+02,
  -1.84605092906711035994e+02,
  -8.12874355063065934246e+01,
  -9.81432934416914548592e+00,
];
const SA = [
  0,
  1.96512716674392571292e+01,
  1.37657754143519042600e+02,
  4.34565877475229228821e+02,
  6.45387271733267880336e+02,
  4.29008140027567833386e+02,
  1.08635005541779435134e+02,
  6.57024977031928170135e+00,
  -6.04244152148580987438e-02,
];
const RB = [
  -9.86494292470009928597e-03,
  -7.99283237680523006574e-01,
  -1.77579549177547519889e+01,
  -1.60636384855821916062e+02,
  -6.37566443368389627722e+02,
  -1.02509513161107724954e+03,
  -4.83519191608651397019e+02,
];
const SB = [
  0,
  3.03380607434824582924e+01,
  3.25792512996573918826e+02,
  1.53672958608443695994e+03,
  3.19985821950859553908e+03,
  2.55305040643316442583e+03,
  4.74528541206955367215e+02,
  -2.24409524465858183362e+01,
];

/** erfc(x) - (1 - erx) style value for 0.84375 <= |x| < 1.25: returns P/Q. */
function erfc1(x: number): number {
  const s = Math.abs(x) - 1;
  const P = PA[0] + s * (PA[1] + s * (PA[2] + s * (PA[3] + s * (PA[4] + s * (PA[5] + s * PA[6])))));
  const Q = 1 + s * (QA[1] + s * (QA[2] + s * (QA[3] + s * (QA[4] + s * (QA[5] + s * QA[6])))));
  return 1 - ERX - P / Q;
}

/** erfc(|x|) for 1.25 <= |x| < 28 (ix the high word of |x|). */
function erfc2(ix: number, x: number): number {
  if (ix < 0x3ff40000) return erfc1(x); // |x| < 1.25
  x = Math.abs(x);
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  if (ix < 0x4006db6d) { // |x| < 1/.35 ~ 2.85714
    R = RA[0] +
      s * (RA[1] + s * (RA[2] + s * (RA[3] + s * (RA[4] + s * (RA[5] + s * (RA[6] + s * RA[7]))))));
    S = 1.0 +
      s * (SA[1] +
          s *
            (SA[2] +
              s * (SA[3] + s * (SA[4] + s * (SA[5] + s * (SA[6] + s * (SA[7] + s * SA[8])))))));
  } else {
    R = RB[0] + s * (RB[1] + s * (RB[2] + s * (RB[3] + s * (RB[4] + s * (RB[5] + s * RB[6])))));
    S = 1.0 +
      s * (SB[1] + s * (SB[2] + s * (SB[3] + s * (SB[4] + s * (SB[5] + s * (SB[6] + s * SB[7]))))));
  }
  const z = clearLow(x);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S) / x;
}

function erfPQ(z: number): number {
  const r = PP[0] + z * (PP[1] + z * (PP[2] + z * (PP[3] + z * PP[4])));
  const s = 1.0 + z * (QQ[1] + z * (QQ[2] + z * (QQ[3] + z * (QQ[4] + z * QQ[5]))));
  return r / s;
}

export function erf(x: number): number {
  const h = hi(x);
  const ix = h & 0x7fffffff;
  const sign = h >>> 31;
  if (ix >= 0x7ff00000) return 1 - 2 * sign + 1 / x;
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3e300000) return 0.125 * (8 * x + EFX8 * x); // |x| < 2^-26
    return x + x * erfPQ(x * x);
  }
  let y: number;
  if (ix < 0x40180000) y = 1 - erfc2(ix, x); // 0.84375 <= |x| < 6
  else y = 1 - 2 ** (-1022);
  return sign ? -y : y;
}

export function erfc(x: number): number {
  const h = hi(x);
  const ix = h & 0x7fffffff;
  const sign = h >>> 31;
  if (ix >= 0x7ff00000) return 2 * sign + 1 / x;
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3c700000) return 1.0 - x; // |x| < 2^-56
    const y = erfPQ(x * x);
    if (sign || ix < 0x3fd00000) return 1.0 - (x + x * y); // x < 1/4
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ix < 0x403c0000) { // 0.84375 <= |x| < 28
    return sign ? 2 - erfc2(ix, x) : erfc2(ix, x);
  }
  return sign ? 2 - 2 ** (-1022) : 2 ** (-1022) * 2 ** (-1022);
}

// --- gamma --------------------------------------------------------------------------------------

/** sin(pi*x) for x > 0 (musl tgamma.c); the sign of sin(pi*x) == 0 is arbitrary. */
function sinpi(x: number): number {
  // argument reduction: x = |x| mod 2
  x = x * 0.5;
  x = 2 * (x - Math.floor(x));
  // reduce x into [-.25,.25]
  let n = (4 * x) | 0;
  n = ((n + 1) / 2) | 0;
  x -= n * 0.5;
  x *= PI;
  switch (n) {
    default: // case 4
    case 0:
      return kSin(x, 0, 0);
    case 1:
      return kCos(x, 0);
    case 2:
      return kSin(-x, 0, 0);
    case 3:
      return -kCos(x, 0);
  }
}

// Lanczos approximation with N = 12, g = 6.024680040776729583740234375 (musl tgamma.c).
const GMHALF = 5.524680040776729583740234375;
const SNUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const SDEN = [
  0,
  39916800,
  120543840,
  150917976,
  105258076,
  45995730,
  13339535,
  2637558,
  357423,
  32670,
  1925,
  66,
  1,
];
const FACT = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600];
for (let i = FACT.length; i <= 22; i++) FACT.push(FACT[i - 1] * i);

/** The Lanczos sum S(x) for positive x. */
function lanczosS(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 8) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + SNUM[i];
      den = den * x + SDEN[i];
    }
  } else {
    for (let i = 0; i <= 12; i++) {
      num = num / x + SNUM[i];
      den = den / x + SDEN[i];
    }
  }
  return num / den;
}

export function tgamma(x: number): number {
  const h = hi(x);
  const ix = h & 0x7fffffff;
  const sign = h >>> 31;
  if (ix >= 0x7ff00000) return x + Infinity; // nan, +inf -> inf, -inf -> nan
  if (ix < (0x3ff - 54) << 20) return 1 / x; // |x| < 2^-54
  if (x === Math.floor(x)) {
    if (sign) return NaN;
    if (x <= FACT.length) return FACT[x - 1];
  }
  if (ix >= 0x40670000) { // |x| >= 184
    if (sign) return Math.floor(x) * 0.5 === Math.floor(x * 0.5) ? 0 : -0.0;
    return Infinity;
  }
  const absx = sign ? -x : x;
  // handle the error of x + g - 0.5
  let y = absx + GMHALF;
  let dy: number;
  if (absx > GMHALF) {
    dy = y - absx;
    dy -= GMHALF;
  } else {
    dy = y - GMHALF;
    dy -= absx;
  }
  let z = absx - 0.5;
  let r = lanczosS(absx) * exp(-y);
  if (x < 0) {
    // reflection formula for negative x; sinpi(absx) is not 0 since integers are handled
    r = -PI / (sinpi(absx) * absx * r);
    dy = -dy;
    z = -z;
  }
  r += dy * (GMHALF + 0.5) * r / y;
  z = Math.pow(y, 0.5 * z);
  y = r * z * z;
  return y;
}

// lgamma: fdlibm's e_lgamma_r.c as musl has it.
const TWO_COEFFS = {
  a: [
    7.72156649015328655494e-02,
    3.22467033424113591611e-01,
    6.73523010531292681824e-02,
    2.05808084325167332806e-02,
    7.38555086081402883957e-03,
    2.89051383673415629091e-03,
    1.19270763183362067845e-03,
    5.10069792153511336608e-04,
    2.20862790713908385557e-04,
    1.08011567247583939954e-04,
    2.52144565451257326939e-05,
    4.48640949618915160150e-05,
  ],
  t: [
    4.83836122723810047042e-01,
    -1.47587722994593911752e-01,
    6.46249402391333854778e-02,
    -3.27885410759859649565e-02,
    1.79706750811820387126e-02,
    -1.03142241298341437450e-02,
    6.10053870246291332635e-03,
    -3.68452016781138256760e-03,
    2.25964780900612472250e-03,
    -1.40346469989232843813e-03,
    8.81081882437654011382e-04,
    -5.38595305356740546715e-04,
    3.15632070903625950361e-04,
    -3.12754168375120860518e-04,
    3.35529192635519073543e-04,
  ],
  u: [
    -7.72156649015328655494e-02,
    6.32827064025093366517e-01,
    1.45492250137234768737e+00,
    9.77717527963372745603e-01,
    2.28963728064692451092e-01,
    1.33810918536787660377e-02,
  ],
  v: [
    0,
    2.45597793713041134822e+00,
    2.12848976379893395361e+00,
    7.69285150456672783825e-01,
    1.04222645593369134254e-01,
    3.21709242282423911810e-03,
  ],
  s: [
    -7.72156649015328655494e-02,
    2.14982415960608852501e-01,
    3.25778796408930981787e-01,
    1.46350472652464452805e-01,
    2.66422703033638609560e-02,
    1.84028451407337715652e-03,
    3.19475326584100867617e-05,
  ],
  r: [
    0,
    1.39200533467621045958e+00,
    7.21935547567138069525e-01,
    1.71933865632803078993e-01,
    1.86459191715652901344e-02,
    7.77942496381893596434e-04,
    7.32668430744625636189e-06,
  ],
  w: [
    4.18938533204672725052e-01,
    8.33333333333329678849e-02,
    -2.77777777728775536470e-03,
    7.93650558643019558500e-04,
    -5.95187557450339963135e-04,
    8.36339918996282139126e-04,
    -1.63092934096575273989e-03,
  ],
};
const TC = 1.46163214496836224576e+00;
const TF = -1.21486290535849611461e-01;
const TT = -3.63867699703950536541e-18;

/** sin(pi*x) for x > 2^-100 (lgamma's helper); the sign of a zero result is arbitrary. */
function sinPiL(x: number): number {
  x = 2.0 * (x * 0.5 - Math.floor(x * 0.5)); // x mod 2.0
  let n = (x * 4.0) | 0;
  n = ((n + 1) / 2) | 0;
  x -= n * 0.5;
  x *= PI;
  switch (n) {
    default:
    case 0:
      return kSin(x, 0.0, 0);
    case 1:
      return kCos(x, 0.0);
    case 2:
      return kSin(-x, 0.0, 0);
    case 3:
      return -kCos(x, 0.0);
  }
}

export function lgamma(x: number): number {
  const { a, t, u, v, s, r: rr, w: ww } = TWO_COEFFS;
  const h = hi(x);
  const sign = h >>> 31;
  const ix = h & 0x7fffffff;
  if (ix >= 0x7ff00000) return x * x;
  if (ix < (0x3ff - 70) << 20) return -Math.log(Math.abs(x)); // |x| < 2^-70
  let nadj = 0;
  if (sign) {
    x = -x;
    let tt = sinPiL(x);
    if (tt === 0.0) return Infinity; // -integer
    if (tt < 0) tt = -tt;
    nadj = Math.log(PI / (tt * x));
  }
  let r: number;
  if ((ix === 0x3ff00000 || ix === 0x40000000) && lo(x) === 0) {
    r = 0;
  } else if (ix < 0x40000000) { // x < 2.0
    let y: number;
    let i: number;
    if (ix <= 0x3feccccc) { // lgamma(x) = lgamma(x+1) - log(x)
      r = -Math.log(x);
      if (ix >= 0x3fe76944) {
        y = 1.0 - x;
        i = 0;
      } else if (ix >= 0x3fcda661) {
        y = x - (TC - 1.0);
        i = 1;
      } else {
        y = x;
        i = 2;
      }
    } else {
      r = 0.0;
      if (ix >= 0x3ffbb4c3) { // [1.7316, 2]
        y = 2.0 - x;
        i = 0;
      } else if (ix >= 0x3ff3b4c4) { // [1.23, 1.73]
        y = x - TC;
        i = 1;
      } else {
        y = x - 1.0;
        i = 2;
      }
    }
    if (i === 0) {
      const z = y * y;
      const p1 = a[0] + z * (a[2] + z * (a[4] + z * (a[6] + z * (a[8] + z * a[10]))));
      const p2 = z * (a[1] + z * (a[3] + z * (a[5] + z * (a[7] + z * (a[9] + z * a[11])))));
      const p = y * p1 + p2;
      r += p - 0.5 * y;
    } else if (i === 1) {
      const z = y * y;
      const w = z * y;
      const p1 = t[0] + w * (t[3] + w * (t[6] + w * (t[9] + w * t[12])));
      const p2 = t[1] + w * (t[4] + w * (t[7] + w * (t[10] + w * t[13])));
      const p3 = t[2] + w * (t[5] + w * (t[8] + w * (t[11] + w * t[14])));
      const p = z * p1 - (TT - w * (p2 + y * p3));
      r += TF + p;
    } else {
      const p1 = y * (u[0] + y * (u[1] + y * (u[2] + y * (u[3] + y * (u[4] + y * u[5])))));
      const p2 = 1.0 + y * (v[1] + y * (v[2] + y * (v[3] + y * (v[4] + y * v[5]))));
      r += -0.5 * y + p1 / p2;
    }
  } else if (ix < 0x40200000) { // x < 8.0
    const i = x | 0;
    const y = x - i;
    const p = y *
      (s[0] + y * (s[1] + y * (s[2] + y * (s[3] + y * (s[4] + y * (s[5] + y * s[6]))))));
    const q = 1.0 +
      y * (rr[1] + y * (rr[2] + y * (rr[3] + y * (rr[4] + y * (rr[5] + y * rr[6])))));
    r = 0.5 * y + p / q;
    let z = 1.0; // lgamma(1+s) = log(s) + lgamma(s)
    for (let j = i; j >= 3; j--) z *= y + (j - 1);
    if (i >= 3) r += Math.log(z);
  } else if (ix < 0x43900000) { // 8.0 <= x < 2^58
    const tl = Math.log(x);
    const z = 1.0 / x;
    const y = z * z;
    const w = ww[0] +
      z * (ww[1] + y * (ww[2] + y * (ww[3] + y * (ww[4] + y * (ww[5] + y * ww[6])))));
    r = (x - 0.5) * (tl - 1.0) + w;
  } else {
    r = x * (Math.log(x) - 1.0);
  }
  if (sign) r = nadj - r;
  return r;
}
