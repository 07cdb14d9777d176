inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf / 1e308, 1 / inf, -1 / inf, nan + 1, nan * 0)
print(inf > 10 ** 100, -inf < -(10 ** 100), str(inf), repr(-inf))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf), math.isnan(inf))
print(math.copysign(1, -0.0), -0.0, 0.0 * -1, abs(-0.0))
print(math.inf == inf, math.isnan(math.nan))
