import math
for v in (1.5, -1.5, 2.0, -0.0, 1e20, -1e20, 0.49999999999999994):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), round(v))
print(type(math.ceil(1.1)).__name__, type(math.trunc(1.1)).__name__)
