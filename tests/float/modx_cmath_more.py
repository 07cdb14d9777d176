# cmath: log with a base, exp/sqrt at large and tiny magnitudes, phase quadrants and signed
# zeros, int and float arguments, rect with infinities
import cmath, math
def c(z):
    if isinstance(z, complex):
        return "(%.8g%+.8gj)" % (z.real, z.imag)
    return "%.8g" % z if isinstance(z, float) else repr(z)
for z in (1 + 1j, -1 + 1j, -1 - 1j, 1 - 1j, complex(-1, 0.0), complex(-1, -0.0), complex(0.0, 0.0), complex(-0.0, -0.0), 3, -3.0):
    print(c(z), c(cmath.phase(z)), c(cmath.polar(z)[0]), c(cmath.sqrt(z)))
for z, b in ((8, 2), (100j, 10), (1 + 1j, 1j), (-1, -1), (2, 0), (0, 2), (1, 1)):
    try:
        print(c(z), c(b), c(cmath.log(z, b)))
    except Exception as e:
        print(c(z), c(b), type(e).__name__, e)
for z in (700 + 0j, 710 + 0j, -800 + 0j, 1e-300j, 1e300 + 1e300j, complex(0, 1e308)):
    try:
        print(c(cmath.exp(z)), c(cmath.sqrt(z)))
    except Exception as e:
        print(type(e).__name__, e)
for r, p in ((float("inf"), 0), (1, float("inf")), (0, float("inf")), (2, -math.pi), (1e308, 1)):
    try:
        print(c(cmath.rect(r, p)))
    except Exception as e:
        print(type(e).__name__, e)
print(c(cmath.log10(1000)), c(cmath.log10(-100)), c(cmath.cos(1j)), c(cmath.sin(1 + 1j)))
for bad in ((), (1, 2, 3)):
    try:
        cmath.log(*bad)
    except Exception as e:
        print(type(e).__name__, e)
