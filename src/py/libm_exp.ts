// exp, expm1, log1p and the hyperbolic functions, as musl computes them.
import { bigToDouble, doubleToBig, fromWords, hi, lo, TOINT } from "./libm_bits.ts";
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
