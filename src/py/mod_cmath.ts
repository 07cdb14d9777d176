// cmath module (py/modcmath.c), with MicroPython's formulas so results round the same way.
import { builtin, type PyValue, typeOf } from "./obj.ts";
import { raise, TypeError } from "./obj_exception.ts";
import { PyFloat } from "./obj_float.ts";
import { PyTuple } from "./obj_tuple.ts";
import { PyComplex, toComplexParts } from "./obj_complex.ts";
import { floatArg } from "./mod_math.ts";
import * as libm from "./libm.ts";

function parts(v: PyValue): [number, number] {
  const p = toComplexParts(v);
  if (p === undefined) return raise(TypeError, `can't convert ${typeOf(v).name} to complex`);
  return p;
}

function c1(fn: (re: number, im: number) => PyValue) {
  return (a: PyValue[]) => {
    const [re, im] = parts(a[0]);
    return fn(re, im);
  };
}

const ROWS: [string, (a: PyValue[]) => PyValue, number, number][] = [
  [
    "cos",
    c1((re, im) => new PyComplex(libm.cos(re) * libm.cosh(im), -libm.sin(re) * libm.sinh(im))),
    1,
    1,
  ],
  [
    "exp",
    c1((re, im) => {
      const e = libm.exp(re);
      return new PyComplex(e * libm.cos(im), e * libm.sin(im));
    }),
    1,
    1,
  ],
  [
    "log",
    c1((re, im) => new PyComplex(0.5 * Math.log(re * re + im * im), libm.atan2(im, re))),
    1,
    1,
  ],
  [
    "log10",
    c1((re, im) =>
      new PyComplex(0.5 * Math.log10(re * re + im * im), 0.4342944819032518 * libm.atan2(im, re))
    ),
    1,
    1,
  ],
  ["phase", c1((re, im) => new PyFloat(libm.atan2(im, re))), 1, 1],
  [
    "polar",
    c1((re, im) =>
      new PyTuple([new PyFloat(Math.sqrt(re * re + im * im)), new PyFloat(libm.atan2(im, re))])
    ),
    1,
    1,
  ],
  [
    "rect",
    (a) => {
      const r = floatArg(a[0]);
      const phi = floatArg(a[1]);
      return new PyComplex(r * libm.cos(phi), r * libm.sin(phi));
    },
    2,
    2,
  ],
  [
    "sin",
    c1((re, im) => new PyComplex(libm.sin(re) * libm.cosh(im), libm.cos(re) * libm.sinh(im))),
    1,
    1,
  ],
  [
    "sqrt",
    c1((re, im) => {
      const m = Math.pow(re * re + im * im, 0.25);
      const th = 0.5 * libm.atan2(im, re);
      return new PyComplex(m * libm.cos(th), m * libm.sin(th));
    }),
    1,
    1,
  ],
];

/** The cmath module's members. */
export function makeCmathModule(): [string, PyValue][] {
  const out: [string, PyValue][] = [["__name__", "cmath"]];
  for (const [name, fn, min, max] of ROWS) out.push([name, builtin(name, fn, min, max)]);
  out.push(["e", new PyFloat(Math.E)], ["pi", new PyFloat(Math.PI)]);
  return out;
}
