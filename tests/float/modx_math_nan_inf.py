# math: NaN and infinity through every function (result class: nan/inf/-inf/number/error)
import math
nan = float("nan")
inf = float("inf")
def cls(r):
    if isinstance(r, float):
        if r != r:
            return "nan"
        if r == inf:
            return "inf"
        if r == -inf:
            return "-inf"
        return "%.5g" % r
    return repr(r)
one = ["sqrt", "exp", "log", "cos", "sin", "tan", "acos", "asin", "atan", "cosh", "sinh", "tanh", "acosh", "asinh", "atanh", "erf", "erfc", "gamma", "lgamma", "ceil", "floor", "trunc", "fabs", "modf", "frexp", "isnan", "isinf", "isfinite", "degrees", "radians", "expm1", "log2", "log10"]
for n in one:
    f = getattr(math, n)
    out = []
    for v in (nan, inf, -inf):
        try:
            r = f(v)
            out.append(cls(r) if not isinstance(r, tuple) else "(" + ",".join(cls(x) for x in r) + ")")
        except Exception as e:
            out.append(type(e).__name__)
    print(n, out)
two = ["pow", "atan2", "fmod", "copysign", "ldexp", "hypot" if hasattr(math, "hypot") else "pow", "log"]
pairs = [(nan, 1.0), (1.0, nan), (inf, 2.0), (2.0, inf), (-inf, 3.0), (inf, inf), (inf, -inf), (0.0, inf), (1.0, inf), (-1.0, inf)]
for n in two:
    f = getattr(math, n)
    out = []
    for a, b in pairs:
        try:
            if n == "ldexp":
                b = 3
            out.append(cls(f(a, b)))
        except Exception as e:
            out.append(type(e).__name__)
    print(n, out)
