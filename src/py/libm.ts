// A TypeScript libm following the algorithms of musl's libm (itself derived from FreeBSD's
// msun / Sun's fdlibm), which is what the WebAssembly build of MicroPython links. JS `Math`
// differs from it in the last bit for many functions (V8 has its own kernels), so the math and
// cmath modules use these to print the same digits as MicroPython.
//
// Functions whose JS `Math` counterpart already agrees (log, log2, log10, pow, sqrt) are not
// reimplemented.
export { acos, asin, atan, atan2, cos, sin, tan } from "./libm_trig.ts";
export {
  acosh,
  asinh,
  atanh,
  buildExpTable,
  cosh,
  exp,
  expm1,
  log1p,
  sinh,
  tanh,
} from "./libm_exp.ts";
export { erf, erfc, lgamma, tgamma } from "./libm_special.ts";
