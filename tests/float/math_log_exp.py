import math
for x in (1e-10, 0.5, 1, 2, 10, 1e10, 1e300):
    print(x, math.log(x), math.log10(x), math.log2(x))
for x in (-10, -1, 0, 1, 10, 100):
    print(x, math.exp(x))
print(math.log(8, 2), math.log(100, 10), math.pow(2, 0.5), math.sqrt(1e300))
