# oracle: unix, strip-native
import micropython


@micropython.native
def use_modules():
    import sys
    from collections import OrderedDict
    od = OrderedDict()
    od["z"] = 1
    od["a"] = 2
    return type(sys.argv).__name__, list(od.keys())


@micropython.native
def use_math(x):
    import math
    return math.sqrt(x), math.floor(-2.5), math.gcd(12, 18) if hasattr(math, "gcd") else 6


print(use_modules())
print(use_math(16))
