# math: which inputs raise ValueError (domain) or OverflowError, for every one-argument function
import math
names = ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "cos", "sin", "tan", "acos", "asin", "atan", "cosh", "sinh", "tanh", "acosh", "asinh", "atanh", "erf", "erfc", "gamma", "lgamma", "ceil", "floor", "trunc", "fabs", "degrees", "radians", "isinf", "isnan", "isfinite"]
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 1e308, -1e308, 1e-320, 710.0, -710.0, 171.5, -3.0, float("inf"), float("-inf")]
for n in names:
    f = getattr(math, n, None)
    if f is None:
        print(n, "missing")
        continue
    row = []
    for v in vals:
        try:
            r = f(v)
            row.append("%.6g" % r if isinstance(r, float) else str(r))
        except Exception as e:
            row.append(type(e).__name__[:3])
    print(n, " ".join(row))
