# cmath: every function at zeros, branch cuts, infinities and NaN; polar/rect/phase; errors
import cmath, math
def c(z):
    if isinstance(z, complex):
        return "(%.6g%+.6gj)" % (z.real, z.imag)
    if isinstance(z, tuple):
        return "(" + ", ".join(c(x) for x in z) + ")"
    return "%.6g" % z if isinstance(z, float) else repr(z)
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
zs = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2 - 3j, complex(0.0, -0.0), complex(-0.0, 0.0), 0.5, -4, 1e-10 + 1e-10j]
for n in ("sqrt", "exp", "log", "log10", "cos", "sin", "phase", "polar"):
    f = getattr(cmath, n, None)
    if f is None:
        print(n, "missing")
        continue
    out = []
    for z in zs:
        try:
            out.append(c(f(z)))
        except Exception as e:
            out.append(type(e).__name__)
    print(n, " ".join(out))
for r, p in ((1, 0), (2, math.pi / 2), (0, 1), (-1, 0), (1, math.pi), (3, -math.pi / 4)):
    print(r, p, c(cmath.rect(r, p)))
inf = float("inf")
nan = float("nan")
for z in (complex(inf, 0), complex(0, inf), complex(-inf, 1), complex(nan, 0), complex(1, nan)):
    out = []
    for n in ("sqrt", "exp", "log", "phase", "polar"):
        try:
            out.append(c(getattr(cmath, n)(z)))
        except Exception as e:
            out.append(type(e).__name__)
    print(out)
for bad in ("1", None, [1]):
    try:
        cmath.sqrt(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(c(cmath.e), c(cmath.pi), c(cmath.sqrt(-1)), cmath.sqrt(4), cmath.exp(0), cmath.log(1))
