import math
print(math.exp(10) > 0)
print(int(float("inf")))
