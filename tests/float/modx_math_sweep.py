# math: every one-argument function over generated arguments (a fixed pseudo-random sequence of
# magnitudes from 1e-12 to 1e12, both signs), results printed exactly (repr) or the error
import math
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n
xs = []
for _ in range(24):
    m = rnd(1000000) / 1000000 + 0.000001
    e = rnd(25) - 12
    s = -1 if rnd(2) else 1
    xs.append(s * m * 10.0 ** e)
names = ["sqrt", "exp", "expm1", "log", "log2", "log10", "cos", "sin", "tan", "acos", "asin", "atan", "cosh", "sinh", "tanh", "acosh", "asinh", "atanh", "erf", "erfc", "gamma", "lgamma"]
for n in names:
    f = getattr(math, n)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except ValueError:
            out.append("VE")
        except OverflowError:
            out.append("OE")
    print(n, " ".join(out))
for x in xs[:8]:
    print(repr(x), repr(math.atan2(x, 1.5)), repr(math.pow(abs(x), 0.37)), repr(math.fmod(x, 0.7)), math.frexp(x), math.modf(x))
