import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.pi * 2 == math.tau, math.isinf(math.inf), math.isnan(math.nan))
print(round(math.pi, 4), round(math.e, 3), "%.10f" % math.pi)
print(math.sin(math.tau), math.cos(math.tau))
